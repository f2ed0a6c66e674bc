"""manage.py demo_large --articles N: grows the demo's blog to N articles (make demo-large)."""

from django.core.management.base import BaseCommand, CommandError

from demo.large import LargeDemo


class Command(BaseCommand):
    help = "Grow the demo's blog to N articles, for measuring the site with a big archive."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000, help="Articles wanted.")

    def handle(self, *args, articles, **options):
        if articles < 0:
            raise CommandError("--articles must be zero or more.")
        try:
            made = LargeDemo(log=self.stdout.write).run(articles)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Added {made} articles.")
