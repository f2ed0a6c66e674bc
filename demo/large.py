"""The demo grown to thousands of articles, to see how the site behaves with a big archive.

Pages are written straight into Wagtail's tables in batches (the tree's paths worked out here,
as Wagtail's treebeard would), instead of one ``add_child`` and one revision per page: 10,000
articles take a minute or two, not hours. Each article is a demo article's body with its own
title, date, two to four tags from a pool of 50 and one of 20 pictures; the search index is
filled in batches too.
"""

from __future__ import annotations

import io
import random
import uuid
from datetime import timedelta

from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from blog.models import ArticlePage, ArticleTag, BlogIndexPage
from demo import drawings, words
from demo.bodies import DemoBodies
from home.models import Author
from home.walker import reading_minutes
from media.models import SiteImage

TOPICS = (
    "breath", "sleep", "stress", "posture", "jaw", "neck", "headaches", "digestion", "grief",
    "anxiety", "touch", "rest", "walking", "desk work", "pregnancy", "recovery", "scars",
    "shoulders", "back pain", "fatigue", "focus", "winter", "spring", "summer", "autumn",
    "children", "ageing", "running", "dance", "yoga", "listening", "boundaries", "trauma",
    "resilience", "self-care", "first sessions", "aftercare", "hydration", "fascia", "skull",
    "spine", "pelvis", "diaphragm", "vagus nerve", "emotions", "memory", "calm", "balance",
    "city life", "travel",
)  # fmt: skip
PICTURES = 20
BATCH = 500


class LargeDemo:
    def __init__(self, log=print, seed: int = 7):
        self.log = log
        self.random = random.Random(seed)

    def run(self, articles: int) -> int:
        """Add articles to the demo's blog until it holds ``articles``; returns how many were made."""
        blog = BlogIndexPage.objects.first()
        if blog is None:
            raise RuntimeError("Load the demo first (make demo): there is no blog to grow.")
        have = ArticlePage.objects.child_of(blog).count()
        wanted = articles - have
        if wanted <= 0:
            self.log(f"The blog already holds {have} articles.")
            return 0
        pictures = self.pictures()
        tags = [Tag.objects.get_or_create(name=name)[0] for name in TOPICS]
        models = self.model_articles(pictures)
        author = Author.objects.first()
        made = 0
        while made < wanted:
            count = min(BATCH, wanted - made)
            with transaction.atomic():
                blog.refresh_from_db()
                pages = self.add_batch(blog, have + made, count, models, pictures, tags, author)
            made += count
            self.log(f"{have + made} of {articles} articles ({len(pages)} just added).")
        with connection.cursor() as cursor:  # the planner's figures, for the tables just grown
            cursor.execute("ANALYZE")
        return made

    # Pictures and bodies ---------------------------------------------------------------

    def pictures(self) -> list[SiteImage]:
        keys = drawings.KEYS
        found = list(SiteImage.objects.filter(title__startswith="Archive picture").order_by("pk"))
        for number in range(len(found), PICTURES):
            key = keys[number % len(keys)]
            # Each pass round the drawings at another size and crop, so no two files repeat.
            width, height = 1600 - 80 * (number // len(keys)), 1000 + 60 * (number // len(keys))
            buffer = io.BytesIO()
            drawings.draw(key, width, height).save(buffer, "JPEG", quality=84, optimize=True)
            image = SiteImage(
                title=f"Archive picture {number + 1}",
                description=f"A quiet {key} study in soft colour, number {number + 1}",
                file=ImageFile(buffer, name=f"archive-{number + 1}.jpg"),
            )
            image._set_image_file_metadata()
            image.save()
            found.append(image)
        return found

    def model_articles(self, pictures) -> list[dict]:
        """The demo's own articles, their bodies built once, as the models of the archive."""
        home = self.home_url_path()
        pages = {page.url_path.removeprefix(home): page for page in Page.objects.all()}
        bodies = DemoBodies({f"/{path}": page for path, page in pages.items()}, {})
        models = []
        for article in words.pieces("articles"):
            blocks = [(kind, value) for kind, value in article["body"] if kind != "image"]
            body = bodies.body(blocks)
            minutes = reading_minutes(ArticlePage(body=body).body)
            models.append({**article, "body": body, "minutes": minutes})
        return models

    def home_url_path(self) -> str:
        home = Page.objects.filter(depth=2).first()
        return home.url_path if home else "/"

    # Writing the rows --------------------------------------------------------------------

    def add_batch(self, blog, start, count, models, pictures, tags, author) -> list[ArticlePage]:
        last = blog.get_last_child()
        step = int(last.path[-Page.steplen :], 36) if last else 0
        locale = blog.locale_id or Locale.get_default().pk
        now = timezone.now()
        pages = []
        for offset in range(count):
            number = start + offset + 1
            model = models[number % len(models)]
            step += 1
            slug = f"{model['slug']}-{number}"
            published = now - timedelta(hours=6 * number)
            pages.append(
                ArticlePage(
                    title=f"{model['title']} ({number})",
                    draft_title=f"{model['title']} ({number})",
                    slug=slug,
                    path=Page._get_path(blog.path, blog.depth + 1, step),
                    depth=blog.depth + 1,
                    numchild=0,
                    url_path=f"{blog.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale_id=locale,
                    translation_key=uuid.uuid4(),
                    search_description=model.get("search_description", ""),
                    intro=model["intro"],
                    date=published.date(),
                    body=model["body"],
                    reading_time=model["minutes"],
                    hero_image=pictures[number % len(pictures)],
                    author=author,
                )
            )
        self.insert(pages)
        Page.objects.filter(pk=blog.pk).update(numchild=blog.numchild + count)
        ArticleTag.objects.bulk_create(
            ArticleTag(content_object_id=page.pk, tag=tag)
            for page in pages
            for tag in self.random.sample(tags, self.random.randint(2, 4))
        )
        self.index(pages)
        return pages

    def insert(self, pages: list[ArticlePage]) -> None:
        """Each page's row in Wagtail's page table (in one statement), then its article row."""
        base_fields = [
            field.attname for field in Page._meta.concrete_fields if field.attname != "id"
        ]
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
        )
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            page.content_type_id = row.content_type_id
            # Only the article's own table: the page row above is its parent.
            page.save_base(raw=True, force_insert=True)

    def index(self, pages: list[ArticlePage]) -> None:
        backend = get_search_backend()
        fresh = ArticlePage.objects.filter(pk__in=[page.pk for page in pages]).prefetch_related(
            "tagged_items__tag"
        )
        backend.get_index_for_model(ArticlePage).add_items(ArticlePage, list(fresh))
