"""The people who write and review the site's health pages."""

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

    panels = [FieldPanel("name"), FieldPanel("credentials"), FieldPanel("bio"), FieldPanel("photo")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name
