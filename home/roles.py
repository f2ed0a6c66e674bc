"""Editors publish anything; Contributors write and submit for an Editor's approval.

The two groups, their permissions and the approval workflow are (re)made after every
``migrate``: the permissions come from the models each app registers in ``registry.roles``,
so a new section gives its editors what they need without a data migration.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.registry import registry

EDITORS = "Editors"
CONTRIBUTORS = "Contributors"
PAGE_PERMISSIONS = {
    EDITORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    CONTRIBUTORS: ["add_page", "change_page"],
}
# Pictures and documents live in collections; Wagtail checks images as wagtailimages.*_image
# whatever the image model is, so those are granted beside our own model's.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("media", "add_siteimage"),
        ("media", "change_siteimage"),
        ("media", "delete_siteimage"),
        ("media", "choose_image"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
    ],
    CONTRIBUTORS: [
        ("media", "add_siteimage"),
        ("media", "choose_image"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
WORKFLOW = "Editor approval"


def model_permissions() -> dict[str, list[tuple[str, str]]]:
    """(app label, codename) per group: admin access and what each app registered."""
    granted = {
        EDITORS: [("wagtailadmin", "access_admin")],
        CONTRIBUTORS: [("wagtailadmin", "access_admin")],
    }
    for label, model, editors, contributors in registry.roles:
        granted[EDITORS] += [(label, f"{action}_{model}") for action in editors]
        granted[CONTRIBUTORS] += [(label, f"{action}_{model}") for action in contributors]
    return granted


def _permission(label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=label, codename=codename)


def create_groups() -> None:
    """Make or complete the groups and the workflow; running it again changes nothing."""
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, group in groups.items():
        if root_page:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission("wagtailcore", codename)
                )
        if root_collection:
            for label, codename in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(label, codename)
                )
        group.permissions.add(*(_permission(*entry) for entry in model_permissions()[name]))

    # One approval step by any Editor, for every page of the site.
    task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW, active=True)
    task.groups.add(groups[EDITORS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def after_migrate(sender, **kwargs) -> None:
    # Once per migrate, after the page core's own tables exist.
    if sender.name == "home":
        create_groups()
