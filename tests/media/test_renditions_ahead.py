"""Renditions are made by the task worker, ahead of any view: a page view only looks them up."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django_tasks_db.models import DBTaskResult

from media.ready import USES, make_renditions, planned_specs, reset_pending
from tests.home.factories import StandardPageFactory, body, make_site
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker_queue(settings):
    """Tasks wait in the database for a worker, as under `make run`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.RENDITIONS_AHEAD = True
    reset_pending()
    yield
    reset_pending()


def run_worker() -> int:
    """What the worker does with each waiting task; returns how many it ran."""
    waiting = list(DBTaskResult.objects.ready())
    for result in waiting:
        result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        result.delete()
    return len(waiting)


def test_an_uploaded_picture_gets_every_planned_rendition(
    settings, django_capture_on_commit_callbacks
):
    settings.RENDITIONS_AHEAD = True
    with django_capture_on_commit_callbacks(execute=True):
        picture = SiteImageFactory()
    made = set(picture.renditions.values_list("filter_spec", flat=True))
    assert made == set(planned_specs(picture))
    # The card crop, the author's square and the social picture are among them.
    assert {
        "fill-800x533|format-webp",
        "fill-192x192|format-webp",
        "fill-1200x630|format-jpeg",
    } <= made


def test_a_page_view_makes_no_rendition_while_the_worker_has_not_run(
    client, worker_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        picture = SiteImageFactory()
    make_site(hero_image=picture)

    page = BeautifulSoup(client.get("/").content, "html.parser")
    assert picture.renditions.count() == 0
    # One stand-in at Wagtail's image view, at the size the rendition will have.
    img = page.select_one(".hero__image img")
    assert img["src"].startswith("/renditions/") and (img["width"], img["height"]) == (
        "1200",
        "750",
    )
    assert not page.select(".hero__image source")
    fetched = client.get(img["src"])
    assert fetched.status_code == 302 and fetched["Location"].startswith("/media/images/")
    assert picture.renditions.count() == 1

    assert run_worker() >= 1
    html = client.get("/").content.decode()
    assert 'type="image/avif"' in html and "/renditions/" not in html


def test_many_views_ask_the_worker_once(client, worker_queue):
    picture = SiteImageFactory()  # stored without the worker being asked (no commit here)
    make_site(hero_image=picture)
    client.get("/")
    asked = DBTaskResult.objects.ready().count()
    assert asked >= 1  # the hero's set and the social picture
    for _ in range(3):
        client.get("/")
    assert DBTaskResult.objects.ready().count() == asked


def test_publishing_a_page_asks_for_its_pictures(worker_queue, django_capture_on_commit_callbacks):
    picture = SiteImageFactory()
    home = make_site()
    home.hero_image = picture
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    run_worker()
    made = set(picture.renditions.values_list("filter_spec", flat=True))
    assert made == set(planned_specs(picture))


def test_a_deleted_picture_is_skipped_by_the_worker():
    assert make_renditions.call(987654) == 0


def test_an_answer_with_pictures_still_being_made_is_not_cached(client, worker_queue):
    picture = SiteImageFactory()
    make_site(hero_image=picture)
    response = client.get("/")
    assert "no-store" in response["Cache-Control"]
    run_worker()
    response = client.get("/")
    assert "no-store" not in response.get("Cache-Control", "")


def test_every_picture_in_the_templates_is_a_planned_use():
    """A template showing a picture at a size no use plans would have it made on first view."""
    call = re.compile(r"{% responsive_image [^%]*?max_width=(\d+)(?:[^%]*?ratio=\"(\w+)\")?")
    planned = {(use["max_width"], use.get("ratio")) for use in USES.values()}
    shown = set()
    for template in Path(settings.BASE_DIR).glob("*/templates/**/*.html"):
        for width, ratio in call.findall(template.read_text()):
            shown.add((int(width), ratio or None))
    assert shown and shown <= planned, shown - planned


def test_a_body_with_a_picture_still_being_made_is_not_kept_in_the_fragment_cache(
    client, worker_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        picture = SiteImageFactory()
    home = make_site()
    StandardPageFactory(
        parent=home,
        slug="rooms",
        body=body(("image", {"image": picture.pk, "caption": "The room", "alt_override": ""})),
    )
    first = BeautifulSoup(client.get("/rooms/").content, "html.parser")
    assert first.select_one("main figure img")["src"].startswith("/renditions/")

    run_worker()
    html = str(BeautifulSoup(client.get("/rooms/").content, "html.parser").select_one("main"))
    assert 'type="image/avif"' in html or 'type="image/webp"' in html
    assert "/renditions/" not in html  # the stand-in was never kept with the body
