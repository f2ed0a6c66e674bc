"""The people who write and review the site's health pages."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

IMAGE_MODEL = "media.SiteImage"


@register_snippet
class Author(models.Model):
    name = models.CharField(max_length=120, help_text="Full name as readers should see it.")
    credentials = models.CharField(
        max_length=120,
        blank=True,
        help_text="Qualifications after the name, e.g. “LMT, CST-D”. Readers look for these.",
    )
    bio = models.TextField(blank=True, help_text="Two or three sentences about training and work.")
    photo = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A friendly portrait.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
        verbose_name="admin account",
        help_text="The person who signs in as this author: new pages they write name them.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @classmethod
    def default_for(cls, user) -> "Author | None":
        """Who a new page by ``user`` names: their own author profile, else the only author."""
        if user is not None and user.is_authenticated:
            own = cls.objects.filter(user=user).first()
            if own is not None:
                return own
        only = list(cls.objects.all()[:2])
        return only[0] if len(only) == 1 else None
