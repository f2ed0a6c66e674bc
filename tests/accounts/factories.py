"""Factories of sign-in: admin users with a known password, private pages behind a password."""

import factory
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory, make_site

PASSWORD = "a-long-test-password-123"


class UserFactory(factory.django.DjangoModelFactory):
    """A superuser by default; ``is_superuser=False`` for an Editor without extra powers."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"practitioner{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    is_staff = True
    is_superuser = True
    password = factory.django.Password(PASSWORD)


class AuthenticatorFactory(factory.django.DjangoModelFactory):
    """An enrolled authenticator app (a confirmed TOTP device) of ``user``."""

    class Meta:
        model = TOTPDevice

    user = factory.SubFactory(UserFactory)
    name = "Authenticator app"
    confirmed = True


def private_page(password: str):
    """A published page of a new site, behind a password; returns (page, restriction)."""
    page = StandardPageFactory(parent=make_site(), title="Notes for clients")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )
    return page, restriction
