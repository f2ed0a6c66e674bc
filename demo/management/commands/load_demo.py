"""manage.py load_demo: builds the demo site once; later runs leave existing content alone."""

from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load Stillpoint's demo content (pages, images, questions, practice details)."

    def handle(self, *args, **options):
        DemoLoader(log=lambda message: self.stdout.write(message)).run()
