"""Scripts a page does not vouch for never run: a Content-Security-Policy on every HTML answer."""

import re

import pytest
from django.test import Client, override_settings
from wagtail.contrib.search_promotions.models import Query

from api.views import PagesEndpoint
from home.blocks import BodyBlock
from home.csp import is_admin_initialiser
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import StandardPageFactory, make_site

pytestmark = pytest.mark.django_db

NONCE = re.compile(r"'nonce-([^']+)'")


def policy(response) -> dict[str, list[str]]:
    """The answer's Content-Security-Policy, directive by directive."""
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def assert_scripts_need_a_nonce(response):
    directives = policy(response)
    scripts = directives["script-src"]
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert "*" not in scripts and "data:" not in scripts
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]


@pytest.fixture
def home():
    return make_site()


def test_public_pages_and_their_errors_carry_the_policy(client, home):
    page = StandardPageFactory(parent=home, title="About the practice")
    for path, status in [(page.url, 200), ("/no-such-page/", 404), ("/search/?q=rest", 200)]:
        response = client.get(path)
        assert response.status_code == status, path
        assert_scripts_need_a_nonce(response)
        assert "camera=()" in response["Permissions-Policy"]
        assert "microphone=()" in response["Permissions-Policy"]


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_page_served_from_the_page_cache_still_carries_the_policy(client, home):
    page = StandardPageFactory(parent=home)
    first = client.get(page.url)
    again = client.get(page.url)
    assert again.content == first.content
    assert_scripts_need_a_nonce(again)


def test_the_api_answers_with_the_policy_errors_included(client, home, monkeypatch):
    assert_scripts_need_a_nonce(client.get("/api/v2/pages/"))
    assert_scripts_need_a_nonce(client.get("/api/v2/nothing-here/", HTTP_ACCEPT="text/html"))
    assert_scripts_need_a_nonce(client.get("/api/v2/pages/?limit=many"))

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(PagesEndpoint, "listing_view", broken)
    failed = Client(raise_request_exception=False).get("/api/v2/pages/")
    assert failed.status_code == 500
    assert_scripts_need_a_nonce(failed)


def test_the_admins_widgets_start_with_the_nonce_the_header_names(admin_client, home):
    article = ArticlePageFactory(parent=BlogIndexPageFactory(parent=home))
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    assert_scripts_need_a_nonce(response)
    nonce = NONCE.search(response["Content-Security-Policy"])[1]
    html = response.content.decode()
    # The hero picture's chooser and the date picker are started by inline scripts…
    for starts in ('new ImageChooser("id_hero_image"', 'initDateChooser("id_date"'):
        script = re.search(rf"<script([^>]*)>\s*{re.escape(starts)}", html)
        assert script, starts
        assert f'nonce="{nonce}"' in script[1], starts
    # …and every inline script of the page has the nonce, so none of them is refused.
    for attributes, code in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.DOTALL):
        if code.strip() and "application/json" not in attributes:
            assert f'nonce="{nonce}"' in attributes, code[:80]


def test_each_admin_page_has_a_nonce_of_its_own(admin_client, home):
    first = admin_client.get(f"/admin/pages/{home.pk}/edit/")
    second = admin_client.get(f"/admin/pages/{home.pk}/edit/")
    assert (
        NONCE.search(first["Content-Security-Policy"])[1]
        != (NONCE.search(second["Content-Security-Policy"])[1])
    )


def test_the_promoted_search_results_form_runs_its_scripts(admin_client, home):
    promoted = Query.get("rest")
    for path in ("/admin/searchpicks/add/", f"/admin/searchpicks/{promoted.pk}/"):
        response = admin_client.get(path)
        assert response.status_code == 200, path
        nonce = NONCE.search(response["Content-Security-Policy"])[1]
        html = response.content.decode()
        assert re.search(rf'<script nonce="{re.escape(nonce)}">\s*/\* global InlinePanel', html)


def test_a_script_written_into_an_admin_page_gets_no_nonce():
    assert is_admin_initialiser('new ImageChooser("id_hero_image", {"modalUrl": "/admin/"});')
    assert is_admin_initialiser('initDateChooser("id_date", {"format": "Y-m-d"});')
    assert is_admin_initialiser(
        '(function() {\n  var panel = new InlinePanel(JSON.parse("{\\u0022canOrder\\u0022: true}"));'
        "\n})();"
    )
    for code in [
        "alert(document.cookie)",
        'new ImageChooser("id", {"modalUrl": "/admin/"}); alert(1);',
        'new ImageChooser("id", fetch("/admin/"));',
        'new Function("alert(1)")("id", {});',
        'initDateChooser("id", {"format": NaN});',
        'new ImageChooser("<!--<script>", {});',
        '(function() { var panel = new Evil(JSON.parse("{}")); })();',
        '(function() { var panel = new InlinePanel(JSON.parse("{" + alert(1) + "}")); })();',
    ]:
        assert not is_admin_initialiser(code), code


def test_block_previews_in_the_picker_may_be_framed_by_the_admin_only(admin_client, home):
    StandardPageFactory(parent=home)
    paragraph = BodyBlock().child_blocks["paragraph"]
    response = admin_client.get(f"/admin/block-preview/?id={paragraph.definition_prefix}")
    assert response.status_code == 200
    assert "css/site.css" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert_scripts_need_a_nonce(response)
    assert "'self'" in policy(response)["style-src"]
