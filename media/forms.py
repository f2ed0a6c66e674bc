"""The base of every image form in the admin (WAGTAILIMAGES_IMAGE_FORM_BASE): the safe file field."""

from wagtail.images.forms import BaseImageForm

from media.fields import PictureUploadField


class SiteImageForm(BaseImageForm):
    """Wagtail's image form, with an upload field that refuses what would take a worker down.

    Single upload, multiple upload, the chooser's upload and replacing a file all build their
    form from this base. Wagtail hard-codes its own field class for ``file``, so the field is
    swapped here, keeping Wagtail's widget and label.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = PictureUploadField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )
