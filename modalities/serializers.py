"""API fields of the modality section: questions with their answers, grouped by topic."""

from home.serializers import RequestField, WholePageField, rich_text

QUESTION = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "question": {"type": "string"},
        "answer": {"type": "string", "description": "Rich text (HTML by default)."},
        "topic": {"type": "string"},
    },
    "required": ["id", "question", "answer"],
}
TOPIC = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "questions": {"type": "array", "items": {"$ref": "#/components/schemas/Question"}},
    },
    "required": ["id", "name", "questions"],
}


def questions(items, request, topic=None) -> list[dict]:
    return [
        {
            "id": question.pk,
            "question": question.question,
            "answer": rich_text(question.answer, request),
            "topic": (topic or question.topic).name,
        }
        for question in items
    ]


class QuestionsField(RequestField):
    """Questions (snippets) with their topic and answer as rich text."""

    openapi_schema = {"type": "array", "items": {"$ref": "#/components/schemas/Question"}}
    openapi_components = {"Question": QUESTION}

    def to_representation(self, value):
        items = value.select_related("topic") if hasattr(value, "select_related") else value
        return questions(items, self.request)


class TopicsField(WholePageField):
    """The FAQ page's questions, grouped by topic in the editors' order."""

    openapi_schema = {"type": "array", "items": {"$ref": "#/components/schemas/Topic"}}
    openapi_components = {"Question": QUESTION, "Topic": TOPIC}

    def to_representation(self, page):
        return [
            {
                "id": topic.pk,
                "name": topic.name,
                "questions": questions(topic.questions.all(), self.request, topic),
            }
            for topic in page.topics()
        ]
