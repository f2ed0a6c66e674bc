"""``manage.py two_factor_reset USERNAME``: remove someone's authenticator, e.g. a lost phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app, so they sign in with their password alone (and, "
        "if two-factor authentication is required of them, enrol a new one)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        users = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username})
        if not users.exists():
            raise CommandError(f"There is no user {username!r}.")
        removed, _ = TOTPDevice.objects.filter(user__in=users).delete()
        self.stdout.write(f"Removed {removed} authenticator(s) of {username}.")
