"""Image permissions for Editors and Contributors, on the model Wagtail checks them against.

Wagtail checks image permissions as wagtailimages.*_image whatever the image model is, so
Contributors need those to upload and choose pictures.
"""

from django.db import migrations

IMAGE_PERMISSIONS = {
    "Editors": ["add_image", "change_image", "delete_image", "choose_image"],
    "Contributors": ["add_image", "choose_image"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    images_app = apps.get_app_config("wagtailimages")
    original = getattr(images_app, "models_module", None)
    images_app.models_module = True
    create_permissions(images_app, verbosity=0)
    images_app.models_module = original

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for name, codenames in IMAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_editor_groups"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
