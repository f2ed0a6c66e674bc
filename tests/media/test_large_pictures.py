"""Pictures that could take a worker down: refused with a reason, or decoded only as big as needed."""

import io
import threading

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFile
from wagtail.images.forms import get_image_form
from wagtail.models import Collection, UploadedFile

from media.models import SiteImage
from tests.media.factories import (
    SiteImageFactory,
    jpeg_bytes,
    png_header_bytes,
    truncated_jpeg_bytes,
)

pytestmark = pytest.mark.django_db

# The picture of the report: 39.7 million RGB pixels, under IMAGE_MAX_PIXELS (40 million), yet
# 119 MB once decoded; on disk, a few dozen bytes.
HUGE = (7300, 5440)
REFUSALS = [
    pytest.param("cut.jpg", truncated_jpeg_bytes, "damaged or incomplete", id="truncated JPEG"),
    pytest.param("huge.png", lambda: png_header_bytes(*HUGE), "of memory", id="huge PNG"),
]


@pytest.fixture
def decodes(monkeypatch):
    """The size of every picture Pillow decodes while the test runs, and the thread doing it."""
    seen = []
    load = ImageFile.ImageFile.load

    def spy(self):
        if self.tile:  # pixels still to decode (a loaded picture has none)
            seen.append((self.size, threading.current_thread()))
        return load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    return seen


def upload_form(name, content):
    form_class = get_image_form(SiteImage)
    data = {
        "title": "A picture",
        "description": "A picture",
        "collection": Collection.get_first_root_node().pk,
    }
    return form_class(data=data, files={"file": SimpleUploadedFile(name, content)})


def admin_upload(admin_client, name, content):
    return admin_client.post(
        "/admin/images/add/",
        {
            "title": "A picture",
            "description": "A picture",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_a_picture_too_big_to_decode_is_refused_from_its_header(decodes):
    form = upload_form("huge.png", png_header_bytes(*HUGE))
    assert not form.is_valid()
    message = " ".join(form.errors["file"])
    assert (
        "7300×5440" in message
        and "of memory" in message
        and "pixels on its longest side" in message
    )
    assert decodes == []  # refused before a single pixel was decoded


def test_the_memory_budget_counts_pixels_times_bands(settings):
    settings.IMAGE_MAX_DECODED_BYTES = 3 * 1024 * 1024
    grey, colour = io.BytesIO(), io.BytesIO()
    PILImage.new("L", (1000, 1000), 128).save(grey, "PNG")
    PILImage.new("RGBA", (1000, 1000), "teal").save(colour, "PNG")
    assert upload_form("grey.png", grey.getvalue()).is_valid()
    form = upload_form("colour.png", colour.getvalue())
    assert not form.is_valid()
    message = " ".join(form.errors["file"])
    assert "1000×1000" in message and "of memory" in message  # 4 bands: 4 MB, over 3 MB


def test_a_truncated_jpeg_is_refused_with_a_reason():
    form = upload_form("cut.jpg", truncated_jpeg_bytes())
    assert not form.is_valid()
    assert "damaged or incomplete" in " ".join(form.errors["file"])


@pytest.mark.parametrize(("name", "content", "reason"), REFUSALS)
def test_the_admin_upload_refuses_with_the_reason(admin_client, name, content, reason):
    response = admin_upload(admin_client, name, content())
    assert response.status_code == 200  # the form again, with the reason
    assert reason in response.content.decode()
    assert not SiteImage.objects.exists()
    assert not default_storage.exists(f"original_images/{name}")


@pytest.mark.parametrize(("name", "content", "reason"), REFUSALS)
def test_the_multiple_upload_refuses_with_the_reason(admin_client, name, content, reason):
    response = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, content())}
    )
    assert response.status_code == 200
    payload = response.json()
    assert payload["success"] is False
    assert reason in payload["error_message"]
    assert not SiteImage.objects.exists()
    assert not UploadedFile.objects.exists()  # not even kept aside for its alt text


def test_a_sound_picture_goes_through_the_admin(admin_client):
    response = admin_upload(admin_client, "light.jpg", jpeg_bytes(800, 600))
    assert response.status_code == 302
    image = SiteImage.objects.get()
    assert (image.width, image.height) == (800, 600)


def test_editing_a_picture_without_a_new_file_keeps_its_file(admin_client):
    image = SiteImageFactory()
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Renamed",
            "description": image.description,
            "collection": image.collection_id,
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "Renamed" and image.file.name and image.width == 1600


@pytest.mark.parametrize(("name", "content", "reason"), REFUSALS)
def test_a_file_saved_without_the_admin_is_refused_too(name, content, reason):
    # The demo's way, or a script's: the model itself refuses, before the file is stored.
    image = SiteImageFactory.build(file=ContentFile(content(), name=name))
    with pytest.raises(ValidationError, match=reason):
        image.save()
    assert not SiteImage.objects.exists()
    assert not default_storage.exists(f"original_images/{name}")


def marked_picture(fmt: str, size=(4000, 3000), square=(3000, 400, 3400, 800)) -> SiteImage:
    """A white picture with a red square, the square set as its focal point."""
    picture = PILImage.new("RGB", size, "white")
    ImageDraw.Draw(picture).rectangle(square, fill="red")
    buffer = io.BytesIO()
    picture.save(buffer, fmt)
    left, top, right, bottom = square
    return SiteImageFactory(
        file=ContentFile(buffer.getvalue(), name=f"marked.{fmt.lower()}"),
        focal_point_x=(left + right) // 2,
        focal_point_y=(top + bottom) // 2,
        focal_point_width=right - left,
        focal_point_height=bottom - top,
    )


def test_a_big_stored_photo_is_decoded_no_larger_than_its_rendition_needs(decodes):
    image = marked_picture("JPEG", size=(5000, 3600))
    decodes.clear()
    rendition = image.get_rendition("width-480")
    assert (rendition.width, rendition.height) == (480, 345)
    largest = max(width * height for (width, height), _ in decodes)
    assert largest * 16 <= 5000 * 3600  # libjpeg kept a quarter of each side, no more


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_a_crop_of_a_big_picture_still_frames_its_focal_point(fmt):
    image = marked_picture(fmt)
    rendition = image.get_rendition("fill-100x100-c100")
    with rendition.file.open() as handle, PILImage.open(handle) as picture:
        picture = picture.convert("RGB")
        for corner in [(8, 8), (50, 50), (91, 91)]:
            red, green, blue = picture.getpixel(corner)
            assert red > 200 and green < 60 and blue < 60, (corner, picture.getpixel(corner))


def test_a_big_originals_renditions_are_made_one_at_a_time(decodes):
    image = marked_picture("JPEG", size=(5000, 3600))  # 18 megapixels
    decodes.clear()
    image.get_renditions("width-480|format-webp", "width-800|format-webp", "width-480|format-jpeg")
    originals = [size for size, _ in decodes if size[0] > 800]  # not the renditions made
    assert len(originals) == 3
    assert {thread for _, thread in decodes} == {threading.current_thread()}
