"""App configuration for the modality section: modality pages, questions and the FAQ."""

from django.apps import AppConfig
from django.urls import reverse


def add_question_url(request) -> str:
    return reverse("wagtailsnippets_modalities_question:add")


class ModalitiesConfig(AppConfig):
    name = "modalities"
    verbose_name = "Modalities"

    def ready(self):
        from home.registry import DashboardAction, registry
        from modalities import signals
        from modalities.models import (
            FAQPage,
            ModalityIndexPage,
            ModalityPage,
            Question,
            QuestionTopic,
            offers,
        )

        signals.connect()
        registry.add_content_models(Question, QuestionTopic)
        registry.add_role_model("modalities", "question", contributors=("add", "change"))
        registry.add_role_model("modalities", "questiontopic")
        registry.offers.append(offers)
        registry.site_wide_pages.append(ModalityPage)  # every page's JSON-LD lists the offers
        registry.search_suggestions.extend([ModalityIndexPage, FAQPage])
        registry.dashboard_actions.append(
            DashboardAction("Add a question", add_question_url, order=20)
        )
