"""The body StreamField, kept out of migrations so that changing a block needs no migration."""

from wagtail.fields import StreamField


class BodyField(StreamField):
    """A StreamField of the site's block library.

    Migrations record it without its blocks: they only matter to Python, not to the database
    column (JSON), and recording them would add a wall of migration code with every block edit.
    """

    def __init__(self, block_types=None, **kwargs):
        from home.blocks import BodyBlock

        kwargs.pop("block_lookup", None)
        kwargs.setdefault("blank", True)
        super().__init__(block_types or BodyBlock(), **kwargs)

    def deconstruct(self):
        name, path, _, kwargs = super().deconstruct()
        kwargs.pop("block_lookup", None)
        return name, "home.fields.BodyField", [], kwargs
