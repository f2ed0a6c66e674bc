"""Permanent redirects from an imported page's old addresses, and serving the ?p=12 kind.

Wagtail's redirect middleware only looks for a redirect when the answer is a 404, and
``/?p=12`` is the home page (a 200): those addresses are answered before any page is served.
"""

from __future__ import annotations

import re

from django.http import HttpResponsePermanentRedirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

# WordPress's addresses by id: /?p=12 (posts), /?page_id=2 (pages), /?attachment_id=7.
BY_ID = re.compile(r"(?:^|&)(?:p|page_id|attachment_id)=\d+(?:&|$)")
OLD_PATH_MAX = 255


class OldAddresses:
    """Makes each old address of an imported page lead to it, leaving others' redirects alone."""

    def __init__(self, site: Site, report):
        self.site = site
        self.report = report

    def lead(self, old_paths: list[str], page: Page, new_path: str) -> None:
        for old in old_paths:
            path = Redirect.normalise_path(old)
            if path in ("/", Redirect.normalise_path(new_path)) or len(path) > OLD_PATH_MAX:
                continue
            existing = Redirect.objects.filter(site=self.site, old_path=path).first()
            if existing is None:
                Redirect.objects.create(
                    site=self.site, old_path=path, redirect_page=page, is_permanent=True
                )
                self.report.redirects.append(f"{path} → {new_path}")
            elif existing.redirect_page_id != page.pk:
                self.report.unmapped.append(
                    (page.title, f"{path} already redirects elsewhere; left as it is")
                )


def old_query_addresses(get_response):
    """Middleware: /?p=12 and /?page_id=2 follow the redirect an import made for them."""

    def middleware(request):
        query = request.META.get("QUERY_STRING", "")
        if request.method in ("GET", "HEAD") and BY_ID.search(query):
            site = Site.find_for_request(request)
            path = Redirect.normalise_path(request.get_full_path())
            redirect = Redirect.get_for_site(site).filter(old_path=path).first()
            if redirect is not None and redirect.link:
                return HttpResponsePermanentRedirect(redirect.link)
        return get_response(request)

    return middleware
