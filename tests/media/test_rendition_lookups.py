"""Renditions are looked up once per request however often a page shows a picture, cards'
renditions in one cache round trip, and each process keeps those it found (media.kept) until one
is deleted."""

from unittest import mock

import pytest

from media import ready
from media.images import attach_card_images, card_specs
from media.kept import kept
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_reads():
    """The rendition cache's reads, as (method, keys)."""
    backend = SiteImageFactory.build().get_rendition_model().cache_backend
    reads = []
    real = backend.get_many

    def get_many(keys, *args, **kwargs):
        reads.append(list(keys))
        return real(keys, *args, **kwargs)

    with mock.patch.object(backend, "get_many", get_many):
        yield reads


@pytest.fixture
def one_request():
    ready.remember_renditions()
    yield
    ready.remember_renditions(False)


def test_a_picture_shown_twice_in_a_request_is_looked_up_once(cache_reads, one_request):
    image = SiteImageFactory()
    first = ready.ready_one(image, ready.SOCIAL)
    cache_reads.clear()
    again = ready.ready_one(image, ready.SOCIAL)
    assert cache_reads == []
    assert again.url == first.url


def test_a_rendition_found_once_is_kept_by_the_process(cache_reads):
    image = SiteImageFactory()
    first = ready.ready_one(image, ready.SOCIAL)
    cache_reads.clear()
    assert ready.ready_one(image, ready.SOCIAL) == first
    assert cache_reads == []
    kept.forget()  # as another process, which has not found it yet
    assert ready.ready_one(image, ready.SOCIAL) == first
    assert len(cache_reads) == 1


def test_a_new_focal_point_is_not_shown_with_the_kept_rendition(cache_reads):
    image = SiteImageFactory()
    before = ready.ready_one(image, ready.SOCIAL)
    cache_reads.clear()
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width = image.focal_point_height = 20
    image.save()
    moved = ready.ready_one(image, ready.SOCIAL)
    assert len(cache_reads) >= 1  # not answered from what the process kept
    assert moved.url != before.url


def test_a_deleted_rendition_is_not_served_from_an_earlier_request(cache_reads):
    image = SiteImageFactory()
    ready.remember_renditions()
    ready.ready_one(image, ready.SOCIAL)
    ready.remember_renditions(False)
    image.renditions.all().delete()  # forgotten by this process too (media.signals)
    ready.remember_renditions()
    try:
        shown = ready.lookup(image, [ready.SOCIAL])
    finally:
        ready.remember_renditions(False)
    assert shown == {}


def test_cards_renditions_come_in_one_round_trip(cache_reads, one_request):
    pages = []
    for _ in range(3):
        image = SiteImageFactory()
        ready.ready(image, card_specs(image))  # made (immediate tasks) and cached
        pages.append(mock.Mock(card_image_id=image.pk, spec=["card_image_id", "card_image"]))
    ready.remember_renditions()  # a new request in another process: nothing found yet
    kept.forget()
    cache_reads.clear()
    attach_card_images(pages)
    for page in pages:
        shown = ready.ready(page.card_image, card_specs(page.card_image))
        assert len(shown) == len(card_specs(page.card_image))
    assert len(cache_reads) == 1


def test_cards_renditions_missing_from_the_cache_come_in_one_query(
    cache_reads, django_assert_num_queries
):
    images = [SiteImageFactory() for _ in range(3)]
    for image in images:
        ready.ready(image, card_specs(image))
    images[0].get_rendition_model().cache_backend.clear()
    kept.forget()  # another process, after the cache was emptied
    ready.remember_renditions()
    try:
        with django_assert_num_queries(1):
            ready.warm(images, card_specs)
            shown = [ready.ready(image, card_specs(image)) for image in images]
    finally:
        ready.remember_renditions(False)
    assert [len(found) for found in shown] == [len(card_specs(image)) for image in images]


def test_cards_shown_with_other_renditions_are_not_looked_up_as_cards(cache_reads, one_request):
    image = SiteImageFactory()
    ready.ready(image, list(ready.RENDITIONS.values()))
    page = mock.Mock(card_image_id=image.pk, spec=["card_image_id", "card_image"])
    ready.remember_renditions()
    kept.forget()
    cache_reads.clear()
    attach_card_images([page])
    shown = ready.ready(page.card_image, list(ready.RENDITIONS.values()))  # as the API shows it
    assert len(shown) == len(ready.RENDITIONS)
    assert [len(keys) for keys in cache_reads] == [len(ready.RENDITIONS)]


def test_an_article_looks_up_all_its_pictures_in_one_round_trip(client, cache_reads, settings):
    """Hero, author photo, social image and the related cards' pictures: one read, not one per
    place they are shown."""
    from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory  # noqa: PLC0415
    from tests.home.factories import AuthorFactory, make_site  # noqa: PLC0415

    settings.PAGE_CACHE_SECONDS = 0
    blog = BlogIndexPageFactory(parent=make_site())
    author = AuthorFactory(photo=SiteImageFactory())
    article = ArticlePageFactory(
        parent=blog, hero_image=SiteImageFactory(), author=author, tags=["breath"]
    )
    ArticlePageFactory(parent=blog, hero_image=SiteImageFactory(), tags=["breath"])
    client.get(article.url)  # renditions made (immediate tasks) and cached
    ready.ready_one(author.photo, ready.SOCIAL)  # looked up with the photo, made by the worker
    kept.forget()  # viewed by another process
    cache_reads.clear()
    html = client.get(article.url).content.decode()
    assert html.count("<picture") >= 3  # hero, author photo, a related card
    renditions = [keys for keys in cache_reads if keys[0].startswith("wagtail-rendition")]
    assert len(renditions) == 1
    cache_reads.clear()
    assert client.get(article.url).content.decode() == html  # the same process again
    assert not [keys for keys in cache_reads if keys[0].startswith("wagtail-rendition")]


def test_a_rendition_deleted_by_another_process_is_not_shown_from_what_this_one_kept(
    cache_reads,
):
    image = SiteImageFactory()
    ready.ready_one(image, ready.SOCIAL)
    # Another process (a purge run by hand) deletes it: this one's memory is left as it was.
    with mock.patch.object(kept, "forget"):
        image.renditions.all().delete()
    cache_reads.clear()
    assert ready.lookup(image, [ready.SOCIAL]) == {}
    assert len(cache_reads) == 1  # asked again, not answered from what was kept
