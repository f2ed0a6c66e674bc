"""The database as JSON Lines that Django's ``loaddata`` reads back on SQLite and PostgreSQL alike.

Django's own serialiser with three changes, each needed for a faithful restore:

- timestamps keep their microseconds (Django's JSON encoder cuts them to milliseconds, so a
  restored revision would no longer sort or compare as it did);
- only content types and permissions are written by natural key: ``migrate`` makes them anew on
  every install, under ids of its own. Everything else keeps its primary key, because page,
  image and user ids also live inside StreamField bodies, rich text and revision content;
- many-to-many relations are left to their own through rows, which the backup saves as models
  of their own: ``loaddata`` sets relations through the field's manager, and modelcluster's
  ``ParentalManyToManyField`` manager keeps them in memory until a ``save()`` that never comes.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer

# Made by migrate on every install: referred to by natural key, never saved themselves.
REBUILT_MODELS = (ContentType, Permission)


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONLinesSerializer):
    """One object a line; see the module's docstring for what differs from Django's."""

    def __init__(self):
        # Every content type and permission named so far, over all the models serialised.
        self.natural_keys: dict[tuple[type, object], list] = {}

    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactEncoder

    def handle_fk_field(self, obj, field):
        model = field.remote_field.model
        if model not in REBUILT_MODELS:
            self._current[field.name] = self._value_from_field(obj, field)
            return
        key = getattr(obj, field.attname)
        self._current[field.name] = None if key is None else self._natural_key(model, key)

    def handle_m2m_field(self, obj, field):
        pass  # the through rows are saved as objects of their own (see the module's docstring)

    def referenced(self) -> dict[str, list[list]]:
        """The natural key of every content type and permission the rows name, by model."""
        return {
            model._meta.label_lower: sorted(
                key for (keyed, _pk), key in self.natural_keys.items() if keyed is model
            )
            for model in REBUILT_MODELS
        }

    def _natural_key(self, model: type, pk) -> list:
        # Thousands of revisions name a handful of content types: look each up once.
        if (model, pk) not in self.natural_keys:
            if model is ContentType:
                instance = ContentType.objects.get_for_id(pk)
            else:
                instance = model._base_manager.select_related("content_type").get(pk=pk)
            self.natural_keys[model, pk] = list(instance.natural_key())
        return self.natural_keys[model, pk]
