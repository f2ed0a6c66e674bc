"""Models of the home app, split by concern."""

from .mixins import BasePage, HealthReviewMixin, ListingMixin, SeoMixin
from .pages import HomePage, StandardPage
from .practice import PracticeSettings
from .preview import PagePreview

__all__ = [
    "BasePage",
    "HealthReviewMixin",
    "HomePage",
    "ListingMixin",
    "PagePreview",
    "PracticeSettings",
    "SeoMixin",
    "StandardPage",
]
