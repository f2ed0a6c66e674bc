"""Editors publish anything; Contributors write and submit for an Editor's approval."""

from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    "Contributors": ["add_page", "change_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("media", "add_siteimage"),
        ("media", "change_siteimage"),
        ("media", "delete_siteimage"),
        ("media", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
    ],
    "Contributors": [
        ("media", "add_siteimage"),
        ("media", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
MODEL_PERMISSIONS = {
    "Editors": [
        ("wagtailadmin", "access_admin"),
        *[
            (app, f"{action}_{model}")
            for app, model in [
                ("modalities", "question"),
                ("modalities", "questiontopic"),
                ("blog", "author"),
                ("wagtailredirects", "redirect"),
                ("wagtailsearchpromotions", "query"),
            ]
            for action in ("add", "change", "delete")
        ],
        ("home", "change_practicesettings"),
        ("home", "change_navigationsettings"),
    ],
    "Contributors": [
        ("wagtailadmin", "access_admin"),
        ("modalities", "add_question"),
        ("modalities", "change_question"),
        ("blog", "add_author"),
        ("blog", "change_author"),
    ],
}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; these groups need them now.
    needed = {label for entries in MODEL_PERMISSIONS.values() for label, _ in entries}
    needed |= {label for entries in COLLECTION_PERMISSIONS.values() for label, _ in entries}
    for app_config in (apps.get_app_config(label) for label in needed | {"wagtailcore"}):
        original = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = original

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}

    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            if root_page:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name], page=root_page, permission=permission
                )
    for name, entries in COLLECTION_PERMISSIONS.items():
        for app_label, codename in entries:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            if root_collection:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root_collection, permission=permission
                )
    for name, entries in MODEL_PERMISSIONS.items():
        for app_label, codename in entries:
            groups[name].permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )

    # One approval step by any Editor, for every page of the site.
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Editor approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Editor approval", content_type=task_type, active=True)
    task.groups.add(groups["Editors"])
    workflow, _ = Workflow.objects.get_or_create(name="Editor approval", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=PAGE_PERMISSIONS).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name="Editor approval").delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name="Editor approval").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_contact_and_menus"),
        # Named, not "__latest__": Django resolves that only for apps without migrations.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("media", "0001_initial"),
        ("modalities", "0001_initial"),
        ("blog", "0002_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
