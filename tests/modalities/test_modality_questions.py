"""A modality page's questions come with the page each process keeps (home.routing): a view asks
the database for none of them, and an edited or removed question shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import make_site
from tests.modalities.factories import (
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
    QuestionTopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def modality(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every view rendered
    index = ModalityIndexPageFactory(parent=make_site())
    modality = ModalityPageFactory(parent=index, title="Craniosacral therapy", slug="cst")
    later = QuestionTopicFactory(name="After a session", order=2)
    first = QuestionTopicFactory(name="Before a session", order=1)
    QuestionFactory(question="Will I feel tired afterwards?", topic=later, modalities=[modality])
    QuestionFactory(question="Do I stay clothed?", topic=first, modalities=[modality])
    return modality


def view(client, path: str) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in queries]


def test_a_modality_shows_its_questions_in_topic_order_without_asking_for_them(client, modality):
    view(client, modality.url), view(client, modality.url)
    html, queries = view(client, modality.url)
    assert html.index("Do I stay clothed?") < html.index("Will I feel tired afterwards?")
    assert not [sql for sql in queries if 'FROM "modalities_question"' in sql]


def test_an_edited_or_removed_question_shows_at_once(client, modality):
    view(client, modality.url), view(client, modality.url)
    question = modality.questions.get(question="Do I stay clothed?")
    question.question = "Do I keep my clothes on?"
    question.save()
    html = view(client, modality.url)[0]
    assert "Do I keep my clothes on?" in html
    assert "Do I stay clothed?" not in html
    question.delete()
    html = view(client, modality.url)[0]
    assert "Do I keep my clothes on?" not in html
    assert "Will I feel tired afterwards?" in html


def test_a_question_added_to_or_taken_from_a_modality_shows_at_once(client, modality):
    view(client, modality.url), view(client, modality.url)
    other = QuestionFactory(question="Can children come?")
    other.modalities.add(modality)  # as a script or an import would, outside the admin's form
    assert "Can children come?" in view(client, modality.url)[0]
    other.modalities.remove(modality)
    assert "Can children come?" not in view(client, modality.url)[0]
