"""Creates or updates one draft page per imported item and remembers which page it became."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape

from django.core.exceptions import ValidationError
from django.db import reset_queries, transaction
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction, Revision, Site

from home.bodies import body_json
from home.models import Author
from importer.bodies import BodyMaker
from importer.items import Block, ImportItem, Source
from importer.lookups import Pages
from importer.models import ImportRecord
from importer.pictures import Pictures
from importer.reading.markup import shorten
from importer.redirects import OldAddresses
from importer.report import Report
from importer.spill import Rows, Shelf

KEY_MAX = 255
FIRST_PARAGRAPH = re.compile(r"^<p>([^<]*)</p>")


def record_key(key: str) -> str:
    """The key as stored: long keys are cut and made unique again with their digest."""
    if len(key) <= KEY_MAX:
        return key
    return f"{key[: KEY_MAX - 41]}#{hashlib.sha1(key.encode()).hexdigest()}"


def fingerprint(values: dict) -> str:
    def plain(value):
        if isinstance(value, Author):
            return value.name
        if isinstance(value, datetime.date):
            return value.isoformat()
        return getattr(value, "pk", value)

    data = {name: plain(value) for name, value in values.items()}
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def field_of(model: type[Page], name: str):
    return next((field for field in model._meta.fields if field.name == name), None)


def opening(model: type[Page], item: ImportItem) -> tuple[dict, list[Block]]:
    """The intro (and a modality's summary) and the blocks left for the body.

    The excerpt is the intro when there is one. A page type that needs an intro and has no
    excerpt takes the body's first plain paragraph, which then leaves the body: never twice.
    """
    values: dict = {}
    blocks = list(item.blocks)
    intro = field_of(model, "intro")
    text = item.intro
    if intro is not None and not text and not intro.blank:
        first = blocks[0] if blocks and blocks[0].kind == "paragraph" else None
        match = FIRST_PARAGRAPH.match(first.value) if first else None
        if match and len(unescape(match.group(1))) <= intro.max_length:
            text = unescape(match.group(1)).strip()
            rest = first.value[match.end() :]
            blocks[0:1] = [Block("paragraph", rest)] if rest.strip() else []
        else:
            text = item.title
    if intro is not None:
        values["intro"] = shorten(text, intro.max_length)
    if (summary := field_of(model, "summary")) is not None:
        values["summary"] = shorten(text or item.title, summary.max_length)
    return values, blocks


def problem(error: ValidationError) -> str:
    messages = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
    return "; ".join(
        f"{field}: {' '.join(texts)}" if field and field != "__all__" else " ".join(texts)
        for field, texts in messages.items()
    )


@dataclass
class Plan:
    page_id: int
    record_id: int | None
    content_hash: str = ""
    edited: bool = False


class Builder:
    def __init__(
        self,
        source: Source,
        parents: dict[str, tuple[Page, type[Page]]],
        site: Site,
        report: Report,
        pictures: Pictures,
        embeds: Callable[[str], bool],
    ):
        self.source = source
        self.parents = parents
        self.site = site
        self.site_root = site.root_page
        self.report = report
        self.pictures = pictures
        self.pages = Pages(self.site_root, source.hosts)
        self.bodies = BodyMaker(pictures, self.pages, embeds)
        self.addresses = OldAddresses(site, report)
        self.authors: dict[str, Author] = {}

    def run(self, planned: Callable[[int], None], progress: Callable[[int, int], None]) -> None:
        # Every page exists before any body is built, so links between imported pages resolve.
        plans = self.plan(planned)
        done = 0
        for item in self.source.bodies():
            if (plan := plans.pop(item.key, None)) is not None:
                self.build(plan, item)
                done += 1
                progress(done, done + len(plans))
                reset_queries()  # with DEBUG on, Django would keep every query of the run

    def where(self, page: Page) -> str:
        return "/" + page.url_path.removeprefix(self.site_root.url_path)

    # Finding or making each item's page --------------------------------------------------

    def in_tree_order(self) -> Rows:
        """The items, each after the item it sits under (kept on disk, like the source's)."""
        parents = Shelf((item.key, item.parent_key) for item in self.source.items)

        def depth(key: str) -> int:
            seen = {key}
            while (key := parents.get(key, "")) in parents and key not in seen:
                seen.add(key)
            return len(seen)

        ordered = Rows()
        for item in self.source.items:
            ordered.append(item, order=depth(item.key))
        return ordered

    def record_for(self, item: ImportItem) -> ImportRecord | None:
        record = ImportRecord.objects.filter(source_key=record_key(item.key)).first()
        if record is None and item.legacy_key:
            # Stored by guid before identity came from the site and the post id: re-keyed once.
            record = ImportRecord.objects.filter(source_key=record_key(item.legacy_key)).first()
            if record is not None:
                record.source_key = record_key(item.key)
                record.save(update_fields=["source_key"])
        return record

    def plan(self, progress: Callable[[int], None]) -> Shelf:
        """Each item's Plan by its key; only ids are kept, never the pages themselves."""
        plans = Shelf()
        for done, item in enumerate(self.in_tree_order(), 1):
            progress(done)
            record = self.record_for(item)
            if record is not None and (page := Page.objects.filter(pk=record.page_id).first()):
                # Our own revision is stamped imported_at: any later one is an editor's.
                edited = page.revisions.filter(created_at__gt=record.imported_at).exists()
                plan = Plan(page.pk, record.pk, record.content_hash, edited)
            elif page := self.create_shell(item, plans.get(item.parent_key)):
                plan = Plan(page.pk, None)
            else:
                continue
            self.pages.add(page, item.aliases)
            plans[item.key] = plan
        return plans

    def create_shell(self, item: ImportItem, parent_plan: Plan | None) -> Page | None:
        """The item's page, saved without a body yet (the body may link to pages not made yet)."""
        parent, model = self.parents[item.kind]
        old_parent = Page.objects.get(pk=parent_plan.page_id) if parent_plan else None
        if old_parent is not None and model.can_exist_under(old_parent):
            parent = old_parent
        slug = self.free_slug(parent, item.slug)
        page = model(title=item.title[:255], slug=slug, live=False, has_unpublished_changes=True)
        for name, value in opening(model, item)[0].items():
            setattr(page, name, value)
        try:
            with transaction.atomic():
                parent.add_child(instance=page)
        except ValidationError as error:
            self.report.add("skipped", f"“{item.title}”: {problem(error)}")
            return None
        if slug != slugify(item.slug, allow_unicode=True):
            item.notes.append(f"the address “{item.slug}” was taken there; this page is “{slug}”")
        return page

    def free_slug(self, parent: Page, wanted: str) -> str:
        base = slugify(wanted, allow_unicode=True)[:240] or "imported"
        # Only the slugs that could clash: a parent may already hold thousands of pages.
        children = parent.get_children().filter(slug__startswith=base)
        taken = set(children.values_list("slug", flat=True))
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    # Filling each page -------------------------------------------------------------------

    def build(self, plan: Plan, item: ImportItem) -> None:
        page = Page.objects.get(pk=plan.page_id).specific
        line = f"“{item.title}” → {self.where(page)}"
        self.addresses.lead(item.old_paths, page, self.where(page))
        if plan.edited:
            self.report.add("skipped", f"{line}: edited since last import")
            return
        notes = list(item.notes)
        values = self.values(item, page, notes)
        digest = fingerprint({**values, "password": item.password})
        if plan.record_id is not None and plan.content_hash == digest:
            self.report.add("unchanged", line)
            return
        try:
            with transaction.atomic():
                revision = self.save(page, values)
                self.protect(page, item.password)
        except ValidationError as error:
            if plan.record_id is None:
                page.delete()
            self.report.add("skipped", f"“{item.title}”: {problem(error)}")
            return
        ImportRecord.objects.update_or_create(
            source_key=record_key(item.key),
            defaults={"page": page, "content_hash": digest, "imported_at": revision.created_at},
        )
        kind = page.specific_class._meta.verbose_name
        self.report.add("created" if plan.record_id is None else "updated", f"{line} ({kind})")
        if not values["body"]:
            moved = values.get("intro") and not item.intro and values["intro"] != item.title
            self.report.empty.append(
                f"{line}: "
                + (
                    "its only paragraph is the intro"
                    if moved
                    else "nothing in the old post could be shown"
                )
            )
        self.report.note(item.title, notes)

    def values(self, item: ImportItem, page: Page, notes: list[str]) -> dict:
        fields = {field.name for field in page._meta.get_fields()}
        opened, blocks = opening(type(page), item)
        values = {"title": item.title[:255], **opened}
        if "date" in fields and item.date:
            values["date"] = item.date
        if "author" in fields and item.author:
            values["author"] = self.author(item.author)
        if "tags" in fields:
            values["tags"] = item.tags
        if "hero_image" in fields and item.hero:
            values["hero_image"] = self.pictures.find(item.hero, item.tags)
            if values["hero_image"] is None:
                name = item.hero.get("alt") or item.hero.get("title") or item.hero.get("src")
                notes.append(f"featured picture not in the image library: “{name}”")
        values["body"] = self.bodies.body(blocks, notes, item.tags, item.post_id)
        return {name: value for name, value in values.items() if value is not None}

    def author(self, name: str) -> Author:
        if name not in self.authors:
            author = Author.objects.filter(name__iexact=name).first()
            if author is None:
                author = Author.objects.create(name=name[:120])
                self.report.authors.append(author.name)
            self.authors[name] = author
        return self.authors[name]

    def save(self, page: Page, values: dict) -> Revision:
        """A new revision with the values; a page never published gets them on its row too."""
        # Editors see a page's latest revision; a live page's row is its published version.
        target = page.get_latest_revision_as_object()
        for name, value in values.items():
            if name == "tags":
                target.tags.set(value)
            elif name == "body":
                # Checked by the block library: a body it refuses skips the item, with the reason.
                # An empty body is stored as one (the library's check would ask for a block).
                target.body = body_json((b["type"], b["value"]) for b in value) if value else []
            else:
                setattr(target, name, value)
        if not page.live:
            target.save()
        return target.save_revision()

    def protect(self, page: Page, password: str) -> None:
        """A post the old site protected with a password keeps that password here."""
        restrictions = PageViewRestriction.objects.filter(page=page)
        if not password:
            return
        restriction = restrictions.filter(restriction_type=PageViewRestriction.PASSWORD).first()
        if restriction is None:
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
            )
        elif restriction.password != password:
            restriction.password = password
            restriction.save(update_fields=["password"])
