"""Uploads: refused with a reason when too big, not an image or empty; responsive renditions."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from PIL import Image as PILImage
from wagtail.images.forms import get_image_form
from wagtail.models import Collection

from media.models import SiteImage
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


def png_bytes(width=40, height=30):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "#1f5f5b").save(buffer, "PNG")
    return buffer.getvalue()


def upload_form(file, **data):
    form_class = get_image_form(SiteImage)
    fields = {
        "title": "A picture",
        "description": "A teal square",
        "collection": Collection.get_first_root_node().pk,
        **data,
    }
    return form_class(data=fields, files={"file": file})


def test_a_good_upload_is_accepted_with_tags():
    form = upload_form(SimpleUploadedFile("ok.png", png_bytes()), tags="river, journey")
    assert form.is_valid(), form.errors
    image = form.save()
    assert {tag.name for tag in image.tags.all()} == {"river", "journey"}


def test_alt_text_is_required():
    form = upload_form(SimpleUploadedFile("ok.png", png_bytes()), description="")
    assert not form.is_valid()
    assert "description" in form.errors


def test_too_many_bytes_is_refused_with_the_limit(settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    form = upload_form(SimpleUploadedFile("big.png", png_bytes(200, 200)))
    assert not form.is_valid()
    message = str(form.errors["file"]).lower()
    assert "too big" in message and "maximum" in message


def test_too_many_pixels_is_refused(settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    form = upload_form(SimpleUploadedFile("wide.png", png_bytes(100, 100)))
    assert not form.is_valid()
    assert "pixels" in str(form.errors["file"]).lower()


def test_a_file_that_is_not_an_image_is_refused():
    form = upload_form(SimpleUploadedFile("fake.png", b"this is text, not a picture" * 20))
    assert not form.is_valid()
    assert "file" in form.errors


def test_an_empty_file_is_refused():
    form = upload_form(SimpleUploadedFile("empty.png", b""))
    assert not form.is_valid()
    assert "empty" in str(form.errors["file"]).lower()


def test_the_admin_upload_answers_with_the_reason(client, settings):
    client.force_login(get_user_model().objects.create_superuser("u", "u@example.com", "pw"))
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("fake.png", b"not an image at all" * 10)},
    )
    assert response.status_code == 200
    payload = response.json()
    assert payload["success"] is False
    assert payload["error_message"]


def render_picture(image, **options):
    args = " ".join(f'{key}="{value}"' for key, value in options.items())
    template = Template("{% load pictures %}{% responsive_image image " + args + " %}")
    return BeautifulSoup(template.render(Context({"image": image})), "html.parser")


def test_responsive_picture_offers_avif_webp_and_jpeg_without_repeated_widths():
    image = SiteImageFactory()
    assert image.width >= 1600
    html = render_picture(image, max_width="800")
    sources = {source["type"]: source["srcset"] for source in html.find_all("source")}
    assert set(sources) == {"image/avif", "image/webp"}
    img = html.find("img")
    assert img["srcset"] and img["width"] and img["height"]
    assert img["loading"] == "lazy"
    for srcset in [*sources.values(), img["srcset"]]:
        widths = [entry.split()[-1] for entry in srcset.split(", ")]
        assert len(widths) == len(set(widths)), srcset
    assert ".jpg" in img["src"]


def test_a_small_original_is_never_scaled_up():
    form = upload_form(SimpleUploadedFile("small.png", png_bytes(300, 200)))
    assert form.is_valid(), form.errors
    image = form.save()
    html = render_picture(image, max_width="800")
    img = html.find("img")
    assert (img["width"], img["height"]) == ("300", "200")
    assert not img.has_attr("srcset") and not img.has_attr("sizes")
    for source in html.find_all("source"):
        assert " " not in source["srcset"]  # one candidate, at the original's own size
    assert {r.width for r in image.renditions.all()} == {300}
