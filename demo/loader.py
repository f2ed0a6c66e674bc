"""Builds the demo site from its words (``demo/content/``) and drawings; running it twice changes nothing."""

from __future__ import annotations

import datetime
import io
import json
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.models import Page, Site

from blog.models import (
    ArticlePage,
    BlogIndexPage,
    EssayIndexPage,
    EssayPage,
    JourneyIndexPage,
    JourneyStagePage,
)
from contact.models import ContactFormField, ContactPage
from demo import drawings, words
from demo.bodies import DemoBodies
from home.models import Author, HomePage, NavigationSettings, PracticeSettings, StandardPage
from media.models import SiteImage
from modalities.models import FAQPage, ModalityIndexPage, ModalityPage, Question, QuestionTopic


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.images: dict[str, SiteImage] = {}
        self.pages: dict[str, Page] = {}
        self.bodies = DemoBodies(self.pages, self.images)

    # Entry point -------------------------------------------------------------------------

    def run(self) -> bool:
        """Load the demo; False when a home page already exists (editors' work is kept)."""
        with transaction.atomic():
            self.load_images()
            author = self.load_author()
            site = self.prepare_site()
            self.load_practice(site)
            if HomePage.objects.exists():
                self.log("Demo pages already present: left as they are.")
                return False
            self.build_tree(site, author)
            self.load_questions()
            self.fill_bodies()
            self.publish_all()
            self.load_menus(site)
            self.link_privacy_policy(site)
        self.log(f"Demo site loaded: {Page.objects.filter(depth__gt=1).count()} pages.")
        return True

    # Pictures, author, site, practice ---------------------------------------------------

    def load_images(self) -> None:
        for key, info in words.images().items():
            image = SiteImage.objects.filter(title=info["title"]).first()
            if image is None:
                size = (800, 800) if key == "portrait" else (1600, 1000)
                buffer = io.BytesIO()
                drawings.draw(key, *size).save(buffer, "JPEG", quality=86, optimize=True)
                image = SiteImage(
                    title=info["title"],
                    description=info["alt"],
                    caption=info.get("caption", ""),
                    credit=info.get("credit", ""),
                    file=ImageFile(buffer, name=f"{key}.jpg"),
                )
                image._set_image_file_metadata()
                image.save()
                image.tags.add(*info["tags"])
                self.log(f"Drew image “{info['title']}”.")
            self.images[key] = image

    def load_author(self) -> Author:
        data = words.author()
        author, _ = Author.objects.get_or_create(
            name=data["name"],
            defaults={
                "credentials": data["credentials"],
                "bio": data["bio"],
                "photo": self.images.get(data.get("image", "")),
            },
        )
        return author

    def prepare_site(self) -> Site:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a "Welcome" page of the plain Page type: it is replaced.
        for welcome in root.get_children().filter(content_type__model="page"):
            welcome.delete()
        if site is None:
            site = Site(root_page=root, is_default_site=True)
        # The demo is served where BASE_URL says: absolute links (canonical, sitemap) match it.
        address = urlsplit(settings.BASE_URL)
        site.hostname = address.hostname or "localhost"
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.site_name = words.practice()["name"]
        site.save()
        return site

    def load_practice(self, site: Site) -> None:
        practice = PracticeSettings.for_site(site)
        if practice.street_address:
            return
        data = words.practice()
        for field in (
            "name",
            "tagline",
            "practitioner",
            "street_address",
            "locality",
            "region",
            "postal_code",
            "country",
            "latitude",
            "longitude",
            "phone",
            "email",
            "booking_url",
            "price_range",
            "health_disclaimer",
            "booking_heading",
            "booking_text",
            "booking_label",
        ):
            if field in data:
                setattr(practice, field, data[field])
        practice.opening_hours = json.dumps(
            [
                {"type": "hours", "value": {"day": day, "opens": opens, "closes": closes}}
                for day, opens, closes in data["hours"]
            ]
        )
        practice.social_links = json.dumps(
            [
                {"type": "link", "value": {"network": network.title(), "url": url}}
                for network, url in data.get("social", {}).items()
            ]
        )
        practice.sessions = json.dumps(
            [
                {
                    "type": "session",
                    "value": {
                        "name": name,
                        "minutes": minutes,
                        "price": price,
                        "currency": currency,
                    },
                }
                for name, minutes, price, currency in data.get("sessions", [])
            ]
        )
        practice.default_social_image = self.images.get("hero")
        practice.save()

    # The page tree -----------------------------------------------------------------------

    def add(self, parent: Page, page: Page, path: str) -> Page:
        parent.add_child(instance=page)
        self.pages[path] = page
        return page

    def build_tree(self, site: Site, author: Author) -> None:
        root = Page.get_first_root_node()
        home_data = words.page("home")
        home = HomePage(
            title=home_data["title"],
            slug="home-page",
            seo_title=home_data.get("seo_title", ""),
            search_description=home_data.get("search_description", ""),
            hero_heading=home_data["hero_heading"],
            hero_lead=home_data["hero_lead"],
            hero_image=self.images.get(home_data.get("hero_image", "")),
        )
        self.add(root, home, "/")
        site.root_page = home
        site.save()
        self.home = home
        self.body_sources = {"/": home_data["body"]}
        reviewed = {"reviewed_by": author, "last_reviewed": datetime.date(2026, 10, 1)}

        index = self.add(
            home,
            ModalityIndexPage(
                slug="modalities",
                show_in_menus=True,
                **self.common(words.page("modality_index"), "craniosacral"),
            ),
            "/modalities/",
        )
        for data in words.pieces("modalities"):
            path = f"/modalities/{data['slug']}/"
            self.add(
                index,
                ModalityPage(
                    slug=data["slug"],
                    summary=data["summary"],
                    hero_image=self.images.get(data.get("hero_image") or ""),
                    session_length=data.get("session_length", ""),
                    what_to_wear=data.get("what_to_wear", ""),
                    what_to_expect=data.get("what_to_expect", ""),
                    **reviewed,
                    **self.common(data),
                ),
                path,
            )
            self.body_sources[path] = data["body"]
        for data in words.pieces("modalities"):
            page = self.pages[f"/modalities/{data['slug']}/"]
            page.related_modalities.set(
                [self.pages[f"/modalities/{slug}/"] for slug in data.get("related", [])]
            )
            page.save()

        self.add(
            home,
            FAQPage(slug="faq", show_in_menus=True, **self.common(words.page("faq"), "hand")),
            "/faq/",
        )
        sections = [
            (EssayIndexPage, EssayPage, "philosophy", "essay_index", "essays"),
            (JourneyIndexPage, JourneyStagePage, "journey", "journey_index", "journey"),
            (BlogIndexPage, ArticlePage, "blog", "blog_index", "articles"),
        ]
        pictures = {"philosophy": "nautilus", "journey": "river", "blog": "hero"}
        for index_model, piece_model, slug, index_name, pieces_name in sections:
            picture = pictures[slug]
            index_data, pieces = words.page(index_name), words.pieces(pieces_name)
            index = self.add(
                home,
                index_model(slug=slug, show_in_menus=True, **self.common(index_data, picture)),
                f"/{slug}/",
            )
            for data in pieces:
                path = f"/{slug}/{data['slug']}/"
                piece = piece_model(
                    slug=data["slug"],
                    author=author,
                    date=datetime.date.fromisoformat(data["date"]),
                    hero_image=self.images.get(data.get("hero_image") or ""),
                    **reviewed,
                    **self.common(data, picture),
                )
                piece.tags.add(*data.get("tags", []))
                self.add(index, piece, path)
                self.body_sources[path] = data["body"]

        about = words.page("about")
        self.add(
            home,
            StandardPage(
                slug=about["slug"],
                show_in_menus=True,
                person=author,
                **self.common(about, "portrait"),
            ),
            f"/{about['slug']}/",
        )
        self.body_sources[f"/{about['slug']}/"] = about["body"]
        privacy = words.page("privacy")
        self.add(
            home,
            StandardPage(slug=privacy["slug"], booking_prompt=False, **self.common(privacy)),
            f"/{privacy['slug']}/",
        )
        self.body_sources[f"/{privacy['slug']}/"] = privacy["body"]
        self.add_contact(home)

    def add_contact(self, home: HomePage) -> None:
        data = words.page("contact")
        fields = self.common(data, "hand")
        intro = fields.pop("intro", "")
        page = ContactPage(
            slug="contact",
            show_in_menus=True,
            intro=f"<p>{intro}</p>" if intro else "",
            thank_you_text=data.get("thank_you", ""),
            subject="A message from the Stillpoint website",
            **fields,
        )
        # Each field: label, field type, required, choices, help text.
        for order, (label, kind, required, choices, help_text) in enumerate(data["fields"]):
            page.form_fields.add(
                ContactFormField(
                    sort_order=order,
                    label=label,
                    field_type=kind,
                    required=required,
                    choices=choices,
                    help_text=help_text,
                )
            )
        self.add(home, page, "/contact/")

    def load_menus(self, site: Site) -> None:
        menus = NavigationSettings.for_site(site)
        if menus.header_links or menus.footer_links:
            return
        header = [
            "/modalities/",
            "/faq/",
            "/philosophy/",
            "/journey/",
            "/blog/",
            "/about/",
            "/contact/",
        ]
        footer = ["/about/", "/faq/", "/contact/", "/blog/feed/"]
        short = {"/faq/": "FAQ", "/journey/": "Journey"}
        menus.header_links = json.dumps(
            [
                {
                    "type": "link",
                    "value": {"page": self.pages[p].pk, "url": "", "label": short.get(p, "")},
                }
                for p in header
            ]
        )
        menus.footer_links = json.dumps(
            [
                {"type": "link", "value": {"page": self.pages[p].pk, "url": "", "label": ""}}
                for p in footer
                if p in self.pages
            ]
            + [
                {
                    "type": "link",
                    "value": {
                        "page": None,
                        "url": words.practice()["booking_url"],
                        "label": "Book online",
                    },
                }
            ]
        )
        menus.save()

    def link_privacy_policy(self, site: Site) -> None:
        practice = PracticeSettings.for_site(site)
        if practice.privacy_page_id is None and "/privacy/" in self.pages:
            practice.privacy_page = self.pages["/privacy/"]
            practice.save(update_fields=["privacy_page"])

    def common(self, data: dict, listing_image: str = "") -> dict:
        """Fields every demo page has: titles for search, description, intro, card picture."""
        title = data["title"]
        branded = f"{title} · {words.practice()['name']}"
        fields = {
            "title": title,
            "seo_title": data.get("seo_title") or (branded if len(branded) <= 60 else title),
            "search_description": data.get("search_description", ""),
        }
        if "intro" in data:
            fields["intro"] = data["intro"]
        if listing_image and not data.get("hero_image"):
            fields["listing_image"] = self.images.get(listing_image)
        return fields

    def load_questions(self) -> None:
        topics: dict[str, QuestionTopic] = {}
        for data in words.pieces("questions"):
            if data["topic"] not in topics:
                topics[data["topic"]], _ = QuestionTopic.objects.get_or_create(
                    name=data["topic"], defaults={"order": len(topics)}
                )
            question = Question.objects.create(
                question=data["question"],
                answer=self.bodies.rich_text(data["answer"]),
                topic=topics[data["topic"]],
            )  # in the file's order: each new question goes last
            if data.get("modality"):
                question.modalities.add(self.pages[f"/modalities/{data['modality']}/"])

    # Bodies ------------------------------------------------------------------------------

    def fill_bodies(self) -> None:
        for path, blocks in self.body_sources.items():
            page = self.pages[path].specific
            page.body = self.bodies.body(blocks)
            page.save()

    def publish_all(self) -> None:
        for page in self.pages.values():
            page.specific.save_revision().publish()
