"""StreamFields kept out of migrations, so that changing a block needs no migration."""

from wagtail.fields import StreamField

from home.blocks import BodyBlock


class LeanStreamField(StreamField):
    """A StreamField that migrations record without its blocks.

    Blocks only matter to Python, not to the database column (JSON); recording them would add
    a wall of migration code with every block edit.
    """

    def __init__(self, block_types=None, **kwargs):
        kwargs.pop("block_lookup", None)
        super().__init__(block_types if block_types is not None else [], **kwargs)

    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        kwargs.pop("block_lookup", None)
        return name, f"{__name__}.{type(self).__name__}", [], kwargs


class BodyField(LeanStreamField):
    """A StreamField of the site's block library."""

    def __init__(self, block_types=None, **kwargs):
        kwargs.setdefault("blank", True)
        super().__init__(block_types or BodyBlock(), **kwargs)
