"""Creates or updates one draft page per imported item and remembers which page it became."""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Page, Revision

from blog.models import ArticlePage
from home.bodies import body_json
from home.models import Author, StandardPage
from importer.bodies import body
from importer.items import ImportItem, Source
from importer.lookups import Library, Pages
from importer.models import ImportRecord
from importer.reading.markup import shorten
from importer.report import Report

MODELS: dict[str, type[Page]] = {"post": ArticlePage, "page": StandardPage}
KEY_MAX = 255


def record_key(key: str) -> str:
    """The key as stored: long guids are cut and made unique again with their digest."""
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


def intro_for(model: type[Page], item: ImportItem) -> str | None:
    field = next((field for field in model._meta.fields if field.name == "intro"), None)
    if field is None:
        return None
    # Articles need an intro for their cards; the title stands in when there is no text.
    return shorten(item.intro or ("" if field.blank else item.title), field.max_length)


def problem(error: ValidationError) -> str:
    messages = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
    return "; ".join(
        f"{field}: {' '.join(texts)}" if field and field != "__all__" else " ".join(texts)
        for field, texts in messages.items()
    )


@dataclass
class Plan:
    item: ImportItem
    page: Page
    record: ImportRecord | None
    edited: bool = False


class Builder:
    def __init__(self, source: Source, parents: dict[str, Page], site_root: Page, report: Report):
        self.source = source
        self.parents = parents
        self.site_root = site_root
        self.report = report
        self.library = Library()
        self.pages = Pages(site_root, source.hosts)
        self.authors: dict[str, Author] = {}

    def run(self, progress: Callable[[int], None]) -> None:
        # Every page exists before any body is built, so links between imported pages resolve.
        plans = self.plan()
        for done, plan in enumerate(plans, 1):
            self.build(plan)
            progress(done)

    def where(self, page: Page) -> str:
        return "/" + page.url_path.removeprefix(self.site_root.url_path)

    # Finding or making each item's page --------------------------------------------------

    def in_tree_order(self) -> list[ImportItem]:
        by_key = {item.key: item for item in self.source.items}

        def depth(item: ImportItem) -> int:
            seen = {item.key}
            while item.parent_key in by_key and item.parent_key not in seen:
                item = by_key[item.parent_key]
                seen.add(item.key)
            return len(seen)

        return sorted(self.source.items, key=depth)

    def plan(self) -> list[Plan]:
        keys = [record_key(item.key) for item in self.source.items]
        records = {
            record.source_key: record
            for record in ImportRecord.objects.filter(source_key__in=keys).select_related("page")
        }
        planned: dict[str, Page] = {}
        plans = []
        for item in self.in_tree_order():
            record = records.get(record_key(item.key))
            if record is not None:
                page = record.page.specific
                # Our own revision is stamped imported_at: any later one is an editor's.
                edited = page.revisions.filter(created_at__gt=record.imported_at).exists()
                plan = Plan(item, page, record, edited)
            elif shell := self.create_shell(item, planned.get(item.parent_key)):
                plan = Plan(item, shell, None)
            else:
                continue
            planned[item.key] = plan.page
            self.pages.add(plan.page, item.aliases)
            plans.append(plan)
        return plans

    def create_shell(self, item: ImportItem, old_parent: Page | None) -> Page | None:
        """The item's page, saved without a body yet (the body may link to pages not made yet)."""
        model = MODELS[item.kind]
        parent = self.parents[item.kind]
        if old_parent is not None and model.can_exist_under(old_parent):
            parent = old_parent
        slug = self.free_slug(parent, item.slug)
        page = model(title=item.title[:255], slug=slug, live=False, has_unpublished_changes=True)
        if (intro := intro_for(model, item)) is not None:
            page.intro = intro
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
        taken = set(parent.get_children().values_list("slug", flat=True))
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    # Filling each page -------------------------------------------------------------------

    def build(self, plan: Plan) -> None:
        item, page, record = plan.item, plan.page, plan.record
        line = f"“{item.title}” → {self.where(page)}"
        if plan.edited:
            self.report.add("skipped", f"{line}: edited since last import")
            return
        notes = list(item.notes)
        values = self.values(item, page, notes)
        digest = fingerprint(values)
        if record is not None and record.content_hash == digest:
            self.report.add("unchanged", line)
            return
        try:
            with transaction.atomic():
                revision = self.save(page, values)
        except ValidationError as error:
            if record is None:
                page.delete()
            self.report.add("skipped", f"“{item.title}”: {problem(error)}")
            return
        ImportRecord.objects.update_or_create(
            source_key=record_key(item.key),
            defaults={"page": page, "content_hash": digest, "imported_at": revision.created_at},
        )
        kind = page.specific_class._meta.verbose_name
        self.report.add("created" if record is None else "updated", f"{line} ({kind})")
        self.report.note(item.title, notes)

    def values(self, item: ImportItem, page: Page, notes: list[str]) -> dict:
        fields = {field.name for field in page._meta.get_fields()}
        values = {"title": item.title[:255], "intro": intro_for(type(page), item)}
        if "date" in fields and item.date:
            values["date"] = item.date
        if "author" in fields and item.author:
            values["author"] = self.author(item.author)
        if "tags" in fields:
            values["tags"] = item.tags
        if "hero_image" in fields and item.hero:
            values["hero_image"] = self.library.find(item.hero)
            if values["hero_image"] is None:
                name = item.hero.get("alt") or item.hero.get("title") or item.hero.get("src")
                notes.append(f"featured picture not in the image library: “{name}”")
        values["body"] = body(item.blocks, self.library, self.pages, notes)
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
                target.body = body_json((block["type"], block["value"]) for block in value)
            else:
                setattr(target, name, value)
        if not page.live:
            target.save()
        return target.save_revision()
