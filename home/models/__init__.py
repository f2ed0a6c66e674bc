"""Models of the home app, split by concern."""

from .contact import ContactFormField, ContactPage
from .imports import ImportRecord
from .mixins import BasePage, HealthReviewMixin, ListingMixin, SeoMixin
from .navigation import NavigationSettings
from .pages import HomePage, StandardPage
from .practice import PracticeSettings
from .preview import PagePreview

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "HealthReviewMixin",
    "HomePage",
    "ImportRecord",
    "ListingMixin",
    "NavigationSettings",
    "PagePreview",
    "PracticeSettings",
    "SeoMixin",
    "StandardPage",
]
