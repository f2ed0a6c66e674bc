"""The page editor's form: limits that keep a page's search appearance sensible."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from home.validators import (
    CANONICAL_MESSAGE,
    SEO_TITLE_MAX,
    SEO_TITLE_TARGET,
    validate_canonical,
)


class SeoFieldsMixin:
    """Clear messages for the Promote tab's search fields, on every page type's form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "canonical_url" in self.fields:
            self.fields["canonical_url"].error_messages["invalid"] = CANONICAL_MESSAGE

    def clean_canonical_url(self):
        url = self.cleaned_data.get("canonical_url", "")
        if url:
            validate_canonical(url)
        return url

    def clean_seo_title(self):
        title = self.cleaned_data.get("seo_title", "")
        if len(title) > SEO_TITLE_MAX:
            raise forms.ValidationError(
                f"Search engines cut titles after about {SEO_TITLE_TARGET} characters; this one "
                f"has {len(title)}. Keep it under {SEO_TITLE_MAX}."
            )
        return title


class PageForm(SeoFieldsMixin, WagtailAdminPageForm):
    pass
