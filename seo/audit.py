"""How every page appears to search engines, and what is wrong with it.

One audit serves the editor's content checks, the SEO report in the admin and
``manage.py seo_audit``: each finds the same problems with the same words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wagtail.models import Page

from home.models import PracticeSettings
from home.validators import DESCRIPTION_MAX, DESCRIPTION_MIN, SEO_TITLE_TARGET
from home.walker import walk
from media.models import SiteImage

ERROR = "error"
WARNING = "warning"
FILENAME_ALT = re.compile(
    r"\.(avif|gif|jpe?g|png|svg|webp)$|^(img|image|dsc|photo)[-_ ]?\d*$", re.I
)


# Every problem the audit finds, by code: its name in words (the report's filter, the Checks
# panel) and what to do about it.
PROBLEMS = {
    "title-missing": ("No SEO title", "Add a title for search results on the Promote tab."),
    "title-long": (
        "SEO title too long",
        f"Search results show about {SEO_TITLE_TARGET} characters; shorten it.",
    ),
    "title-duplicate": ("Title shared with another page", "Give each page its own title."),
    "description-missing": (
        "No meta description",
        f"Add one on the Promote tab ({DESCRIPTION_MIN}–{DESCRIPTION_MAX} characters).",
    ),
    "description-short": (
        "Meta description too short",
        f"Aim for {DESCRIPTION_MIN}–{DESCRIPTION_MAX} characters.",
    ),
    "description-long": (
        "Meta description too long",
        f"Search results cut it after about {DESCRIPTION_MAX} characters.",
    ),
    "description-duplicate": (
        "Description shared with another page",
        "Give each page its own description.",
    ),
    "social-image-missing": (
        "No social image",
        "Choose a social or listing image on the Promote tab.",
    ),
    "image-alt-missing": (
        "Picture without alt text",
        "Describe each picture for people who cannot see it.",
    ),
    "broken-link": ("Link to a page that is not live", "Publish that page or change the link."),
}
# The lengths search results show whole, as the report prints them beside each length.
TITLE_RANGE = f"up to {SEO_TITLE_TARGET}"
DESCRIPTION_RANGE = f"{DESCRIPTION_MIN}–{DESCRIPTION_MAX}"


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    message: str


@dataclass
class PageAudit:
    page: Page
    title: str
    description: str
    canonical: str
    noindex: bool
    has_social_image: bool
    images_without_alt: int = 0
    broken_links: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def title_length(self) -> int:
        return len(self.title)

    @property
    def description_length(self) -> int:
        return len(self.description)

    @property
    def title_fits(self) -> bool:
        return self.title_length <= SEO_TITLE_TARGET

    @property
    def description_fits(self) -> bool:
        return DESCRIPTION_MIN <= self.description_length <= DESCRIPTION_MAX

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.level == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.level == WARNING]


def title_findings(seo_title: str, effective_title: str) -> list[Finding]:
    found = []
    if not seo_title:
        found.append(
            Finding(
                WARNING, "title-missing", "No SEO title: the page title and site name are used."
            )
        )
    if len(effective_title) > SEO_TITLE_TARGET:
        found.append(
            Finding(
                WARNING,
                "title-long",
                f"The title is {len(effective_title)} characters; search engines show about "
                f"{SEO_TITLE_TARGET}.",
            )
        )
    return found


def description_findings(description: str) -> list[Finding]:
    if not description:
        return [Finding(ERROR, "description-missing", "No meta description.")]
    if len(description) < DESCRIPTION_MIN:
        return [
            Finding(
                WARNING,
                "description-short",
                f"The description is {len(description)} characters; aim for "
                f"{DESCRIPTION_MIN}–{DESCRIPTION_MAX}.",
            )
        ]
    if len(description) > DESCRIPTION_MAX:
        return [
            Finding(
                WARNING,
                "description-long",
                f"The description is {len(description)} characters; search engines cut it "
                f"after about {DESCRIPTION_MAX}.",
            )
        ]
    return []


def _references(page) -> tuple[set[int], set[int]]:
    contents = walk(getattr(page, "body", None))
    return contents.images, contents.pages


def audit_pages(pages: list[Page], request=None, site_name: str = "") -> list[PageAudit]:
    """Audit specific pages together: all referenced images and pages load in two queries."""
    references = {page.pk: _references(page) for page in pages}
    image_ids = set().union(*(refs[0] for refs in references.values())) if pages else set()
    page_ids = set().union(*(refs[1] for refs in references.values())) if pages else set()
    images = SiteImage.objects.in_bulk(image_ids) if image_ids else {}
    live = set(Page.objects.filter(pk__in=page_ids, live=True).values_list("pk", flat=True))

    audits = []
    for page in pages:
        # The same title and description the page prints in its <head>.
        title = page.meta_title(site_name)
        description = page.meta_description()
        audit = PageAudit(
            page=page,
            title=title,
            description=description,
            canonical=getattr(page, "canonical_url", "") or page.get_full_url(request) or "",
            noindex=getattr(page, "noindex", False),
            has_social_image=bool(
                getattr(page, "social_image_id", None) or getattr(page, "card_image_id", None)
            ),
        )
        image_refs, page_refs = references[page.pk]
        audit.images_without_alt = sum(
            1
            for image_id in image_refs
            if image_id not in images
            or not images[image_id].description.strip()
            or FILENAME_ALT.search(images[image_id].description.strip())
        )
        audit.broken_links = sorted(str(pk) for pk in page_refs - live)
        audit.findings = [
            *title_findings(page.seo_title, title),
            *description_findings(description),
        ]
        if not audit.has_social_image:
            audit.findings.append(
                Finding(
                    WARNING, "social-image-missing", "No social image: the site default is used."
                )
            )
        if audit.images_without_alt:
            audit.findings.append(
                Finding(
                    ERROR,
                    "image-alt-missing",
                    f"{audit.images_without_alt} picture(s) in the body lack meaningful alt text.",
                )
            )
        if audit.broken_links:
            audit.findings.append(
                Finding(
                    ERROR,
                    "broken-link",
                    f"{len(audit.broken_links)} link(s) or card(s) lead to pages that are not live.",
                )
            )
        audits.append(audit)
    _flag_duplicates(audits)
    return audits


def _flag_duplicates(audits: list[PageAudit]) -> None:
    indexable = [audit for audit in audits if not audit.noindex]
    for attribute, code, label in (
        ("title", "title-duplicate", "title"),
        ("description", "description-duplicate", "description"),
    ):
        counts = Counter(getattr(audit, attribute) for audit in indexable)
        by_value = defaultdict(list)
        for audit in indexable:
            by_value[getattr(audit, attribute)].append(audit)
        for value, count in counts.items():
            if value and count > 1:
                for audit in by_value[value]:
                    audit.findings.append(
                        Finding(ERROR, code, f"{count} pages share this {label}.")
                    )


def audit_site(site, request=None) -> list[PageAudit]:
    """Every live page of a site, audited under the practice's name, as its pages print it."""
    pages = list(site.root_page.get_descendants(inclusive=True).live().order_by("path").specific())
    return audit_pages(pages, request, PracticeSettings.for_site(site).name)
