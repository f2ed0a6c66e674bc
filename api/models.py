"""Drafts shared with a headless front end through a signed, short-lived link."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import models
from django.utils import timezone

SALT = "stillpoint.headless-preview"


class PagePreview(models.Model):
    """A snapshot of the editor's unsaved page, readable as JSON until its token expires."""

    token = models.CharField(max_length=255, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    content_json = models.TextField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "headless preview"

    def __str__(self):
        return f"Preview of {self.content_type} at {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def for_page(cls, page) -> "PagePreview":
        cls.objects.filter(
            created_at__lt=timezone.now() - timedelta(seconds=settings.PREVIEW_TOKEN_SECONDS)
        ).delete()
        # The nonce keeps two previews within the same second apart.
        token = signing.dumps(
            {"page": page.pk, "type": page.content_type_id, "nonce": uuid.uuid4().hex}, salt=SALT
        )
        return cls.objects.create(
            token=token, content_type_id=page.content_type_id, content_json=page.to_json()
        )

    @classmethod
    def page_for_token(cls, token: str, max_age: int):
        """The previewed page; raises signing.BadSignature (or SignatureExpired) when not valid."""
        signing.loads(token, salt=SALT, max_age=max_age)
        preview = cls.objects.filter(token=token).first()
        if preview is None:
            raise signing.BadSignature("No such preview.")
        model = preview.content_type.model_class()
        return model.from_json(preview.content_json)
