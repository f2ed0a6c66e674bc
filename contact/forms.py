"""The contact page's editor form: Wagtail's form-page form with the site's SEO field checks."""

from wagtail.contrib.forms.forms import WagtailAdminFormPageForm

from home.forms import SeoFieldsMixin


class FormPageForm(SeoFieldsMixin, WagtailAdminFormPageForm):
    pass
