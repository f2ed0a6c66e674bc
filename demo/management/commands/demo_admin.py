"""manage.py demo_admin: the local demo's admin account, with a generated password shown once."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.models import Author


class Command(BaseCommand):
    help = (
        "Create the local demo admin (user name 'admin') and print how to log in. "
        "The password is generated and printed once; DEMO_ADMIN_PASSWORD sets it instead."
    )

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("The demo admin is for local use only; PRODUCTION is on.")
        User = get_user_model()
        chosen = os.environ.get("DEMO_ADMIN_PASSWORD")
        user = User.objects.filter(username="admin").first()
        password = None
        if user is None:
            password = chosen or secrets.token_urlsafe(12)
            user = User.objects.create_superuser("admin", "admin@localhost", password)
        elif chosen:
            user.set_password(chosen)
            user.save(update_fields=["password"])
            password = chosen
        # The demo's one practitioner writes as the admin: new pages name her as their author.
        if Author.objects.count() == 1:
            Author.objects.filter(user__isnull=True).update(user=user)
        self.stdout.write(f"Admin:     {settings.BASE_URL}/admin/")
        self.stdout.write("User name: admin")
        if password:
            self.stdout.write(f"Password:  {password}")
        else:
            self.stdout.write(
                "Password:  as printed when it was created "
                "(DEMO_ADMIN_PASSWORD=… make demo sets a new one)"
            )
