"""The blog's part of the dashboard: a button to write an article."""

from django.urls import reverse

from blog.models import BlogIndexPage


def write_article_url(request) -> str | None:
    blog = BlogIndexPage.objects.first()
    return (
        reverse("wagtailadmin_pages:add", args=("blog", "articlepage", blog.pk)) if blog else None
    )
