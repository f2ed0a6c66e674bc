"""`manage.py api_schema`: writes the API's OpenAPI document, for client generators."""

import json

from django.core.management.base import BaseCommand

from api.schema import Document


class Command(BaseCommand):
    help = "Write the OpenAPI document of /api/schema/ to a file (or standard output)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="The file to write; standard output if none.")

    def handle(self, *args, output=None, **options):
        document = Document()
        text = json.dumps(document.build(), indent=2) + "\n"
        for what in document.missing:
            self.stderr.write(f"Not described: {what}")
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
            self.stdout.write(f"OpenAPI document written to {output}")
        else:
            self.stdout.write(text, ending="")
