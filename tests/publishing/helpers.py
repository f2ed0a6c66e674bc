"""Pages scheduled to go live or to expire, with their time already come when asked."""

import datetime

from django.utils import timezone

from blog.models import ArticlePage


def scheduled_article(blog, slug, *, due=True) -> ArticlePage:
    """An article an editor published with a go-live time; ``due`` moves that time to the past,
    as if the minutes had gone by."""
    page = blog.add_child(
        instance=ArticlePage(title=slug.title(), slug=slug, intro="Soon.", live=False)
    )
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=10)
    revision = page.save_revision()
    revision.publish()  # scheduled: it waits offline
    if due:
        past = timezone.now() - datetime.timedelta(minutes=1)
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save(update_fields=["content", "approved_go_live_at"])
        ArticlePage.objects.filter(pk=page.pk).update(go_live_at=past)
    page.refresh_from_db()
    return page


def expired_article(blog, slug) -> ArticlePage:
    """A live article whose expiry time has passed."""
    page = blog.add_child(instance=ArticlePage(title=slug.title(), slug=slug, intro="Gone soon."))
    page.expire_at = timezone.now() + datetime.timedelta(minutes=10)
    page.save_revision().publish()
    ArticlePage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    page.refresh_from_db()
    return page
