"""manage.py import_content: an old WordPress or Squarespace site as draft pages to review."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.models import Page, Site

from home.models import StandardPage
from importer.builder import Builder
from importer.items import Source, SourceError
from importer.pictures import Pictures
from importer.progress import ProgressBar
from importer.reading.sources import read_source
from importer.report import Report
from importer.spill import Rows


def has_body(model: type[Page]) -> bool:
    return any(field.name == "body" for field in model._meta.fields)


def model_for(parent: Page, kind: str) -> type[Page] | None:
    """The page type an item becomes under ``parent``: what may be made there and has a body.

    Pages prefer the standard page; posts need a page type of their own (an article under the
    blog, an essay under philosophy, a modality under the modalities), never a standard page.
    """
    allowed = [
        model for model in parent.specific_class.creatable_subpage_models() if has_body(model)
    ]
    if kind == "page" and StandardPage in allowed:
        return StandardPage
    return next((model for model in allowed if model is not StandardPage), None)


def can_embed(url: str) -> bool:
    try:
        return bool(get_embed(url).html)
    except EmbedException:
        return False


class Command(BaseCommand):
    help = (
        "Import a WordPress/Squarespace export (WXR .xml), a folder of .html files or a .txt "
        "page as draft pages. Running it again updates what it imported before, unless an "
        "editor has changed the page since."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="The .xml export, a folder of .html files, or a page.")
        parser.add_argument(
            "--parent",
            help="Where posts go (and pages, for a source without posts): a path on the "
            "default site (/blog/, /modalities/) or a page id. The page type follows from it.",
        )
        parser.add_argument(
            "--pages-parent", help="Where pages go: a path or a page id (default: the home page)."
        )
        parser.add_argument(
            "--media",
            type=Path,
            help="A copy of the old site's uploads folder (wp-content/uploads) to take pictures from.",
        )
        parser.add_argument(
            "--fetch",
            action="store_true",
            help="Download pictures not found in --media from the old site (off by default).",
        )
        parser.add_argument(
            "--skip-protected",
            action="store_true",
            help="Leave out password-protected posts instead of importing them as private pages.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and map everything, save nothing."
        )

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("There is no default site to import into.")
        if options["media"] is not None and not options["media"].is_dir():
            raise CommandError(f"--media {options['media']}: not a folder.")
        report = Report(dry_run=options["dry_run"])
        try:
            source = read_source(options["source"])
        except SourceError as error:
            raise CommandError(str(error)) from error
        if options["skip_protected"]:
            self.skip_protected(source)
        first = next((item.key for item in source.items), "")
        site_key = first.split("#")[0] if "#" in first else source.label
        pictures = Pictures(site_key, source.attachments, options["media"], options["fetch"])
        # One transaction: a run that fails half-way (a broken export, a full disk) leaves
        # nothing behind, and running it again is cheap because unchanged items are skipped.
        try:
            with transaction.atomic():
                parents = self.parents(site, source, options)
                report.source, report.left_out = source.label, source.left_out
                report.census, report.fates = source.census, source.fates
                total, watched = len(source.items), self.stderr.isatty()
                shells = ProgressBar(self.write_progress, total, watched, label="Pages ")
                bodies = ProgressBar(self.write_progress, total, watched, label="Bodies ")
                builder = Builder(source, parents, site, report, pictures, can_embed)
                builder.run(shells.show, bodies.show)
                self.account_for_pictures(report, pictures, source)
                if options["dry_run"]:
                    transaction.set_rollback(True)
                    pictures.forget_files()
        except BaseException:
            pictures.forget_files()
            raise
        for line in report.lines():
            self.stdout.write(line)

    def skip_protected(self, source: Source) -> None:
        for item in source.items:
            if item.password:
                source.left_out.append((item.title, "password-protected: skipped"))
        source.keep(lambda item: not item.password)
        source.fates = Rows(fate for fate in source.fates if "password" not in fate[1])

    def account_for_pictures(self, report: Report, pictures: Pictures, source: Source) -> None:
        report.pictures_new = len(pictures.created)
        report.pictures_reused = sum(pk not in pictures.created for pk in pictures.reused)
        report.pictures_missing = pictures.missing
        if source.attachments is not None:
            attachments = source.attachments
            report.attachments_unused = Rows(
                attachment["src"] or attachment["title"]
                for key, attachment in attachments.by_id.items()
                if key not in attachments.used
            )

    def write_progress(self, text: str) -> None:
        # Unstyled (Django colours stderr as errors) and flushed: "\r" alone does not flush it.
        self.stderr.write(text, style_func=lambda message: message, ending="")
        self.stderr.flush()

    def parents(self, site: Site, source: Source, options) -> dict[str, tuple[Page, type[Page]]]:
        has_posts = any(item.kind == "post" for item in source.items)
        if has_posts and not options["parent"]:
            raise CommandError(
                "The source has posts: say where they go with --parent (e.g. --parent /blog/)."
            )
        pages_at = options["pages_parent"] or (None if has_posts else options["parent"])
        option = "--pages-parent" if options["pages_parent"] or has_posts else "--parent"
        parents = {"page": self.placed(site, pages_at, "page", option)}
        if has_posts:
            parents["post"] = self.placed(site, options["parent"], "post", "--parent")
        return parents

    def placed(self, site: Site, where: str | None, kind: str, option: str):
        """The page ``where`` names (a path on the default site, or a page id) and the type."""
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
        model = model_for(page, kind)
        if model is None:
            what = page.specific_class._meta.verbose_name
            raise CommandError(
                f"{option} {where or '/'}: “{page.title}” is a {what}; imported {kind}s "
                "cannot be placed under it."
            )
        return page, model
