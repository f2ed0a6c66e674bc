"""The SEO report: every live page's search state in one sortable, filterable, exportable table."""

import csv

from django.http import HttpResponse
from django.shortcuts import render
from wagtail.admin.auth import user_passes_test
from wagtail.models import Site

from seo.audit import DESCRIPTION_RANGE, PROBLEMS, TITLE_RANGE, audit_site

# A spreadsheet runs a cell starting with one of these as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The table's columns, by sort key: heading, what the heading adds in small type, sort key.
COLUMNS = {
    "title": ("Page", "and type", lambda a: a.page.title.lower()),
    "seo_title": ("Title in results", "", lambda a: a.title.lower()),
    "title_length": ("Title length", TITLE_RANGE, lambda a: a.title_length),
    "description_length": ("Description length", DESCRIPTION_RANGE, lambda a: a.description_length),
    "noindex": ("Hidden", "noindex", lambda a: a.noindex),
    "social": ("Social image", "", lambda a: a.has_social_image),
    "alt": ("No alt text", "pictures", lambda a: a.images_without_alt),
    "links": ("Broken links", "", lambda a: len(a.broken_links)),
    "problems": ("Problems", "", lambda a: (len(a.errors), len(a.warnings))),
}
# Filters that are not a single problem, then each problem by its name.
GROUPS = {"any": "Any problem", "errors": "Errors only"}


def can_see_report(user):
    """Editors (who publish) and administrators; Contributors write, they do not audit."""
    return user.is_active and (user.is_superuser or user.groups.filter(name="Editors").exists())


@user_passes_test(can_see_report)
def seo_report(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    audits = audit_site(site, request)
    problem = request.GET.get("problem", "")
    page_type = request.GET.get("type", "")
    codes = sorted({finding.code for audit in audits for finding in audit.findings})
    types = sorted({audit.page.specific_class._meta.verbose_name for audit in audits})
    if problem == "any":
        audits = [audit for audit in audits if audit.findings]
    elif problem == "errors":
        audits = [audit for audit in audits if audit.errors]
    elif problem:
        audits = [audit for audit in audits if any(f.code == problem for f in audit.findings)]
    if page_type:
        audits = [a for a in audits if a.page.specific_class._meta.verbose_name == page_type]
    ordering = request.GET.get("ordering", "")
    key = ordering.lstrip("-")
    if key in COLUMNS:
        audits.sort(key=COLUMNS[key][2], reverse=ordering.startswith("-"))
    if request.GET.get("export") == "csv":
        return export_csv(audits)
    return render(
        request,
        "seo/seo_report.html",
        {
            "audits": audits,
            "problems": [
                *GROUPS.items(),
                *((code, PROBLEMS[code][0] if code in PROBLEMS else code) for code in codes),
            ],
            "types": types,
            "problem": problem,
            "page_type": page_type,
            "ordering": ordering,
            "columns": [(name, label, note) for name, (label, note, _) in COLUMNS.items()],
            "query": request.GET.urlencode(),
        },
    )


def as_text(cell):
    """A cell a spreadsheet shows as typed: a leading ' keeps =HYPERLINK(…) from running."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


class SpreadsheetWriter:
    """A CSV writer whose text cells never become formulas."""

    def __init__(self, stream):
        self.writer = csv.writer(stream)

    def writerow(self, row):
        self.writer.writerow([as_text(cell) for cell in row])


def export_csv(audits) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="seo-report.csv"'
    writer = SpreadsheetWriter(response)
    writer.writerow(
        [
            "URL",
            "Page",
            "Type",
            "Title",
            "Title length",
            "Description",
            "Description length",
            "Canonical",
            "Noindex",
            "Social image",
            "Images without alt",
            "Broken links",
            "Problems",
        ]
    )
    for audit in audits:
        writer.writerow(
            [
                audit.page.url,
                audit.page.title,
                audit.page.specific_class._meta.verbose_name,
                audit.title,
                audit.title_length,
                audit.description,
                audit.description_length,
                audit.canonical,
                "yes" if audit.noindex else "no",
                "yes" if audit.has_social_image else "no",
                audit.images_without_alt,
                len(audit.broken_links),
                "; ".join(f"{f.level}: {f.message}" for f in audit.findings),
            ]
        )
    return response
