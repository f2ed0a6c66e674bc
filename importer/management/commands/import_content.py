"""manage.py import_content: an old WordPress or Squarespace site as draft pages to review."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from blog.models import ArticlePage
from home.models import StandardPage
from importer.builder import Builder
from importer.items import Source, SourceError
from importer.progress import ProgressBar
from importer.reading.sources import read_source
from importer.report import Report


class Command(BaseCommand):
    help = (
        "Import a WordPress/Squarespace export (WXR .xml), a folder of .html files or a .txt "
        "page as draft pages. Running it again updates what it imported before, unless an "
        "editor has changed the page since."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="The .xml export, a folder of .html files, or a page.")
        parser.add_argument(
            "--parent", help="Where posts go: a path on the default site (/blog/) or a page id."
        )
        parser.add_argument(
            "--pages-parent", help="Where pages go: a path or a page id (default: the home page)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and map everything, save nothing."
        )

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("There is no default site to import into.")
        report = Report(dry_run=options["dry_run"])
        # One transaction: a source that turns out to be broken half-way leaves nothing behind.
        with transaction.atomic():
            parents = {"page": self.parent(site, options["pages_parent"], StandardPage)}
            if options["parent"]:
                parents["post"] = self.parent(site, options["parent"], ArticlePage)
            try:
                source = read_source(options["source"])
            except SourceError as error:
                raise CommandError(str(error)) from error
            self.check_posts_have_a_parent(source, parents)
            report.source, report.left_out = source.label, source.left_out
            bar = ProgressBar(
                self.write_progress,
                total=len(source.items),
                watched=self.stderr.isatty(),
            )
            Builder(source, parents, site.root_page, report).run(bar.show)
            if options["dry_run"]:
                transaction.set_rollback(True)
        self.stdout.write(report.render())

    def write_progress(self, text: str) -> None:
        # Unstyled (Django colours stderr as errors) and flushed: "\r" alone does not flush it.
        self.stderr.write(text, style_func=lambda message: message, ending="")
        self.stderr.flush()

    def parent(self, site: Site, where: str | None, model: type[Page]) -> Page:
        """The page ``where`` names: a path on the default site, or a page id."""
        option = "--parent" if model is ArticlePage else "--pages-parent"
        if where is None:
            page = site.root_page
        elif where.strip().isdigit():
            page = Page.objects.filter(pk=int(where)).first()
        else:
            path = "/".join(part for part in where.split("/") if part)
            url_path = site.root_page.url_path + (f"{path}/" if path else "")
            page = Page.objects.filter(url_path=url_path).first()
        if page is None:
            raise CommandError(
                f"{option} {where}: there is no such page on {site.hostname}. "
                "Give a path such as /blog/ or a page id."
            )
        page = page.specific
        if not model.can_exist_under(page):
            kind = page.specific_class._meta.verbose_name
            raise CommandError(
                f"{option} {where or '/'}: “{page.title}” is a {kind}; "
                f"{model._meta.verbose_name_plural} cannot be placed under it."
            )
        return page

    def check_posts_have_a_parent(self, source: Source, parents: dict[str, Page]) -> None:
        if "post" not in parents and any(item.kind == "post" for item in source.items):
            raise CommandError(
                "The source has posts: say where they go with --parent (e.g. --parent /blog/)."
            )
