"""manage.py seo_audit: every live page's search problems; exits non-zero when any is an error."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from seo.audit import audit_site


class Command(BaseCommand):
    help = "Audit every live page's title, description, social image, alt texts and links."

    def add_arguments(self, parser):
        parser.add_argument(
            "--warnings", action="store_true", help="Also list warnings, not only errors."
        )

    def handle(self, *args, **options):
        errors = warnings = 0
        for site in Site.objects.select_related("root_page"):
            for audit in audit_site(site):
                shown = audit.findings if options["warnings"] else audit.errors
                errors += len(audit.errors)
                warnings += len(audit.warnings)
                for finding in shown:
                    self.stdout.write(
                        f"{finding.level.upper():8} {audit.page.url_path} "
                        f"({audit.page.title}): {finding.message}"
                    )
        summary = f"SEO audit: {errors} error(s), {warnings} warning(s)."
        if errors:
            raise CommandError(summary)
        self.stdout.write(summary)
