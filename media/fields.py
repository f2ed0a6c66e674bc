"""The image file field, in the model and in the upload form: sizes read from the header only."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField as WagtailImageFormField
from wagtail.images.models import WagtailImageField, WagtailImageFieldFile

from media.decoding import check_file, opened


class PictureFieldFile(WagtailImageFieldFile):
    def get_image_dimensions(self):
        # Wagtail asks Willow, which decodes every pixel to learn two numbers: the header has
        # them, so a new file is measured before anything decides whether it may be decoded.
        close = self.closed
        try:
            self.open()
            with opened(self) as picture:
                return picture.size
        except ValidationError:
            return super().get_image_dimensions()  # not a picture Pillow reads: Wagtail's way
        finally:
            if close:
                self.close()


class PictureField(WagtailImageField):
    """Wagtail's image file field, measuring pictures from their header."""

    attr_class = PictureFieldFile


class PictureUploadField(WagtailImageFormField):
    """Wagtail's upload field, refusing from the header what would not fit in memory.

    Wagtail counts pixels by decoding the whole picture (and gives a 500 on a truncated file);
    here the count comes from the header, then the memory budget is checked, and only then is
    the picture decoded, to refuse a damaged file with a reason.
    """

    def check_image_pixel_size(self, f):
        with opened(f) as picture:
            pixels = picture.width * picture.height
            if self.max_image_pixels is not None and pixels > self.max_image_pixels:
                raise ValidationError(
                    self.error_messages["file_too_many_pixels"]
                    % {"num_pixels": pixels, "max_pixels_count": self.max_image_pixels},
                    code="file_too_many_pixels",
                )
        check_file(f)
