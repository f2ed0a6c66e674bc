"""The practice's details, edited once under Settings and shown on every page."""

import re
from decimal import Decimal
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from home.caching import cached
from home.fields import LeanStreamField
from home.visibility import is_visible

PHONE_PATTERN = re.compile(r"^\+?[0-9 ().\-]{7,25}$")
DAYS = [
    ("Monday", "Monday"),
    ("Tuesday", "Tuesday"),
    ("Wednesday", "Wednesday"),
    ("Thursday", "Thursday"),
    ("Friday", "Friday"),
    ("Saturday", "Saturday"),
    ("Sunday", "Sunday"),
]


def validate_phone(value: str) -> None:
    if not PHONE_PATTERN.match(value) or sum(ch.isdigit() for ch in value) < 7:
        raise ValidationError("Enter a phone number such as +1 212 555 0147.")


class OpeningHoursBlock(blocks.StructBlock):
    day = blocks.ChoiceBlock(choices=DAYS)
    opens = blocks.TimeBlock()
    closes = blocks.TimeBlock()

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] >= value["closes"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError("Closing time must be after opening.")}
            )
        return value

    class Meta:
        icon = "time"
        template = "blocks/opening_hours.html"
        description = "The hours of one day the practice is open."
        preview_value = {"day": "Tuesday", "opens": "09:00", "closes": "17:30"}


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(max_length=40, help_text="e.g. Instagram")
    url = blocks.URLBlock(help_text="Full address of the profile.")

    class Meta:
        icon = "link-external"
        template = "blocks/social_link.html"
        description = "The practice's profile on another site."
        preview_value = {"network": "Instagram", "url": "https://www.instagram.com/"}


# Currencies whose symbol goes before the amount; any other code is written after it.
CURRENCY_SYMBOLS = {"USD": "$", "CAD": "CA$", "AUD": "A$", "EUR": "€", "GBP": "£"}


class SessionValue(blocks.StructValue):
    @property
    def price_label(self) -> str:
        """The fee as a visitor reads it: "$140", "€95.50", "120 CHF"."""
        price = self.get("price")
        if price is None:
            return ""
        amount = f"{price:,.0f}" if price == price.to_integral_value() else f"{price:,.2f}"
        currency = self.get("currency") or "USD"
        symbol = CURRENCY_SYMBOLS.get(currency)
        return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


class SessionBlock(blocks.StructBlock):
    """One kind of session the practice offers, with its length and fee."""

    name = blocks.CharBlock(max_length=80, help_text="e.g. “First session” or “Session”.")
    minutes = blocks.IntegerBlock(min_value=10, max_value=480, help_text="Length in minutes.")
    price = blocks.DecimalBlock(
        min_value=Decimal("0"), max_digits=8, decimal_places=2, help_text="The fee, e.g. 140."
    )
    currency = blocks.RegexBlock(
        regex=r"^[A-Z]{3}$",
        default="USD",
        max_length=3,
        error_messages={"invalid": "Three capital letters, such as USD or EUR."},
        help_text="Three letters, e.g. USD.",
    )

    class Meta:
        icon = "time"
        value_class = SessionValue
        template = "blocks/session.html"
        description = "A session length and its fee, shown on modality pages and the FAQ."
        preview_value = {
            "name": "Session",
            "minutes": 60,
            "price": Decimal("140"),
            "currency": "USD",
        }


def map_link(practice) -> str:
    """A map service's page for the practice's place: no script, just a link."""
    if practice.latitude is not None and practice.longitude is not None:
        lat, lon = practice.latitude, practice.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
    if practice.address_line:
        return "https://www.openstreetmap.org/search?" + urlencode({"query": practice.address_line})
    return ""


@register_setting(icon="home")
class PracticeSettings(BaseSiteSetting):
    name = models.CharField(max_length=120, default="Stillpoint", help_text="The practice's name.")
    tagline = models.CharField(
        max_length=160, blank=True, help_text="A few words under the name, e.g. “Gentle bodywork”."
    )
    practitioner = models.CharField(
        max_length=120, blank=True, help_text="Name of the practitioner, e.g. “Maya Lindqvist”."
    )
    street_address = models.CharField(max_length=200, blank=True, help_text="Street and suite.")
    locality = models.CharField("city", max_length=100, blank=True, default="New York")
    region = models.CharField("state", max_length=50, blank=True, default="NY")
    postal_code = models.CharField(max_length=20, blank=True)
    country = models.CharField(max_length=2, blank=True, default="US", help_text="Two letters.")
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="For maps and search engines, e.g. 40.778700.",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="For maps and search engines, e.g. -73.982200.",
    )
    phone = models.CharField(
        max_length=30, blank=True, validators=[validate_phone], help_text="e.g. +1 212 555 0147"
    )
    email = models.EmailField(blank=True, help_text="Where visitors and the contact form write.")
    booking_url = models.URLField(
        "booking link",
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="Address of the online booking page; the “Book a session” button leads here.",
    )
    price_range = models.CharField(
        max_length=10, blank=True, default="$$", help_text="For search engines, e.g. $$."
    )
    sessions = LeanStreamField(
        [("session", SessionBlock())],
        blank=True,
        help_text="Session lengths and fees, shown on modality pages and the FAQ.",
    )
    booking_heading = models.CharField(
        max_length=100,
        default="Ready when you are",
        help_text="Heading of the booking invitation at the end of modality, writing, FAQ and "
        "about pages.",
    )
    booking_text = models.CharField(
        max_length=300, blank=True, help_text="A sentence under that heading, e.g. where and when."
    )
    booking_label = models.CharField(
        max_length=40,
        default="Book a session",
        help_text="The words on every booking button.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy policy, linked from the footer and the contact form.",
    )
    opening_hours = LeanStreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        help_text="One row per day the practice is open.",
    )
    social_links = LeanStreamField(
        [("link", SocialLinkBlock())], blank=True, help_text="Profiles on other sites."
    )
    default_social_image = models.ForeignKey(
        "media.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when a page is shared and has no picture of its own.",
    )
    health_disclaimer = models.TextField(
        blank=True,
        help_text="Shown on pages about health, e.g. that bodywork does not replace medical care.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("practitioner")], "Practice"
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("locality"),
                FieldPanel("region"),
                FieldPanel("postal_code"),
                FieldPanel("country"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            "Address",
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("booking_url"),
                FieldPanel("opening_hours"),
                FieldPanel("price_range"),
            ],
            "Contact and booking",
        ),
        MultiFieldPanel(
            [
                FieldPanel("sessions"),
                FieldPanel("booking_heading"),
                FieldPanel("booking_text"),
                FieldPanel("booking_label"),
            ],
            "Sessions, fees and the booking invitation",
        ),
        MultiFieldPanel(
            [
                FieldPanel("social_links"),
                FieldPanel("default_social_image"),
                FieldPanel("health_disclaimer"),
                FieldPanel("privacy_page"),
            ],
            "Sharing, disclaimer and privacy",
        ),
    ]

    class Meta:
        verbose_name = "practice details"

    def __str__(self):
        return self.name

    @property
    def phone_href(self) -> str:
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""

    @property
    def map_url(self) -> str:
        return map_link(self)

    @property
    def shown_privacy_page(self):
        """The privacy page, when visitors may open it (live, and outside every private
        section), for the footer and the contact form to link."""
        return self.privacy_page if is_visible(self.privacy_page) else None

    @property
    def address_line(self) -> str:
        city = ", ".join(part for part in (self.locality, self.region) if part)
        return ", ".join(
            part for part in (self.street_address, f"{city} {self.postal_code}".strip()) if part
        )


def practice_for(request) -> PracticeSettings:
    """The practice's details for this request's site, cached until the next content change."""
    if not hasattr(request, "_practice"):
        site = Site.find_for_request(request)
        request._practice = cached(
            f"practice:{site.pk if site else 0}",
            lambda: (
                PracticeSettings.base_queryset()
                .select_related("default_social_image", "privacy_page")
                .get_or_create(site=site)[0]
                if site
                else PracticeSettings()
            ),
        )
    return request._practice
