"""The page editor's form: limits that keep a page's search appearance sensible."""

import json

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from home.appearance import SEPARATOR
from home.models.practice import PracticeSettings
from home.validators import (
    CANONICAL_MESSAGE,
    DESCRIPTION_MAX,
    DESCRIPTION_MIN,
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
        if "seo_title" in self.fields:
            appearance = self.search_appearance()
            self.fields["seo_title"].help_text = (
                "The headline in search results. Left empty, the page title is used. "
                f"“{SEPARATOR.strip()} {appearance['siteName']}” is added after it when the "
                f"whole stays within {SEO_TITLE_TARGET} characters."
            )
            self.fields["seo_title"].widget.attrs["data-search-preview"] = json.dumps(appearance)

    def search_appearance(self) -> dict:
        """What the Promote tab's counters and search-result preview need to know: the limits
        the SEO checks use, how the title is joined to the site's name, the fields each falls
        back to when left empty, and where the page lives."""
        page = self.instance
        parent = getattr(self, "parent_page", None) if page.pk is None else page.get_parent()
        placed = page if page.pk else parent
        site = placed.get_site() if placed is not None else None
        site_name = (PracticeSettings.for_site(site).name if site else "") or "Stillpoint"
        if page.pk and site and site.root_page_id == page.pk:
            url, url_base = page.get_full_url() or "", ""
        else:
            url, url_base = "", (parent.get_full_url() or "") if parent else ""
        return {
            "siteName": site_name,
            "separator": SEPARATOR,
            "title": {"max": SEO_TITLE_TARGET, "fallback": ["title"]},
            "description": {
                "min": DESCRIPTION_MIN,
                "max": DESCRIPTION_MAX,
                "fallback": ["listing_intro", getattr(page, "card_intro_field", "intro")],
            },
            "url": url,
            "urlBase": url_base,
        }

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
