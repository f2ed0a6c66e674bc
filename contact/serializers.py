"""API fields of the contact page: its form's fields, so a front end can render the form."""

from rest_framework.fields import Field
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES


def form_field_schema(field_types) -> dict:
    return {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "The name the form posts the value under."},
            "label": {"type": "string"},
            "type": {"type": "string", "enum": [kind for kind, _ in field_types]},
            "required": {"type": "boolean"},
            "choices": {
                "type": "array",
                "items": {"type": "string"},
                "description": "The options of a drop-down, radio buttons or checkboxes.",
            },
            "default_value": {"type": "string"},
            "help_text": {"type": "string"},
        },
        "required": ["name", "label", "type", "required", "choices", "default_value", "help_text"],
        "additionalProperties": False,
    }


class FormFieldsField(Field):
    """The form's fields in the editors' order: name, label, type, choices and help text."""

    openapi_schema = {"type": "array", "items": {"$ref": "#/components/schemas/FormField"}}

    def __init__(self, field_types=FORM_FIELD_CHOICES, **kwargs):
        super().__init__(**kwargs)
        self.openapi_components = {"FormField": form_field_schema(field_types)}

    def to_representation(self, value):
        builder = FormBuilder([])
        return [
            {
                "name": field.clean_name,
                "label": field.label,
                "type": field.field_type,
                "required": field.required,
                "choices": [label for label, _ in builder.get_formatted_field_choices(field)]
                if field.choices
                else [],
                "default_value": field.default_value,
                "help_text": field.help_text,
            }
            for field in value.all()
        ]
