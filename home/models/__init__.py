"""Models of the page core, split by concern."""

from .mixins import BasePage, HealthReviewMixin, ListingMixin, PageMeta, SeoMixin
from .navigation import NavigationSettings
from .pages import HomePage, StandardPage
from .people import Author
from .practice import PracticeSettings, practice_for

__all__ = [
    "Author",
    "BasePage",
    "HealthReviewMixin",
    "HomePage",
    "ListingMixin",
    "NavigationSettings",
    "PageMeta",
    "PracticeSettings",
    "SeoMixin",
    "StandardPage",
    "practice_for",
]
