"""Questions are ordered by dragging (Orderable's sort_order) instead of a number per topic."""

from django.db import migrations, models


def number_in_shown_order(apps, schema_editor):
    """Keep the order visitors saw: by topic, then the old number, then age, numbered 1, 2, 3…"""
    Question = apps.get_model("modalities", "Question")
    shown = Question.objects.order_by("topic__order", "topic__name", "order", "pk")
    for position, question in enumerate(shown, start=1):
        Question.objects.filter(pk=question.pk).update(sort_order=position)


def number_back(apps, schema_editor):
    Question = apps.get_model("modalities", "Question")
    for question in Question.objects.all():
        Question.objects.filter(pk=question.pk).update(order=min(question.sort_order or 0, 32767))


class Migration(migrations.Migration):
    dependencies = [
        ("modalities", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="question",
            name="sort_order",
            field=models.IntegerField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(number_in_shown_order, number_back),
        migrations.RemoveField(
            model_name="question",
            name="order",
        ),
        migrations.AlterModelOptions(
            name="question",
            options={"ordering": ["topic__order", "topic__name", "sort_order", "pk"]},
        ),
    ]
