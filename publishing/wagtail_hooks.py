"""Admin wiring of scheduled publishing: the schedule dialog's date pickers stay clear of its button."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def schedule_dialog_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("publishing/css/schedule-dialog.css")
    )
