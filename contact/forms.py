"""The contact page's forms: the visitor's form (built from the editors' fields) and the editor's."""

from django import forms
from wagtail.contrib.forms.forms import FormBuilder, WagtailAdminFormPageForm

from home.forms import SeoFieldsMixin
from home.models.practice import validate_phone

# What a browser may fill a field with, by field type; other fields are guessed from the label.
AUTOCOMPLETE_BY_TYPE = {"email": "email", "tel": "tel", "url": "url"}
AUTOCOMPLETE_BY_WORD = (("name", "name"), ("phone", "tel"), ("email", "email"))
NOT_FILLED = {"multiline", "dropdown", "multiselect"}
# Checkboxes and radio buttons take no autocomplete attribute at all (HTML allows none there).
TICKED = {"radio", "checkbox", "checkboxes"}


def autocomplete_for(field) -> str:
    """The HTML autocomplete token for one of the editors' form fields ("" for none)."""
    if field.field_type in TICKED:
        return ""
    if field.autocomplete:
        return field.autocomplete
    if field.field_type in AUTOCOMPLETE_BY_TYPE:
        return AUTOCOMPLETE_BY_TYPE[field.field_type]
    if field.field_type not in NOT_FILLED:
        label = field.label.casefold()
        for word, token in AUTOCOMPLETE_BY_WORD:
            if word in label:
                return token
    return "off"


class ContactFormBuilder(FormBuilder):
    def create_tel_field(self, field, options):
        return forms.CharField(
            max_length=30,
            validators=[validate_phone],
            widget=forms.TextInput(attrs={"type": "tel"}),
            **options,
        )

    @property
    def formfields(self):
        built = super().formfields
        for field in self.fields:
            form_field = built.get(field.clean_name or field.get_field_clean_name())
            if form_field is not None and (token := autocomplete_for(field)):
                form_field.widget.attrs["autocomplete"] = token
        return built


class FormPageForm(SeoFieldsMixin, WagtailAdminFormPageForm):
    pass
