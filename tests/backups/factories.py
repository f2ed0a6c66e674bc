"""Factories of a whole practice site to back up: each kind of content a restore brings back."""

from dataclasses import dataclass

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Page

from home.roles import CONTRIBUTORS, EDITORS
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.contact.factories import ContactPageFactory
from tests.home.factories import (
    AuthorFactory,
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    make_site,
    menu,
)
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
)

PASSWORD = "a-quiet-room-by-the-river"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"editor{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@stillpoint.example")
    is_staff = True
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(extracted)


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Intake form {n}")
    file = factory.django.FileField(filename="intake-form.txt", data=b"Name, date, concerns.\n")
    collection = factory.LazyFunction(Collection.get_first_root_node)


@dataclass
class PracticeSite:
    """The pieces a test looks at after a restore."""

    modality: Page
    article: Page
    draft: Page
    contact: Page
    editor: object
    picture: object
    rendition: object
    document: object


def make_practice_site() -> PracticeSite:
    """A published site with drafts, snippets, settings, media, a message, people and redirects."""
    home = make_site()
    editor = UserFactory(username="maya", groups=Group.objects.filter(name=EDITORS))
    UserFactory(username="sam", groups=Group.objects.filter(name=CONTRIBUTORS))
    UserFactory(username="admin", is_superuser=True)
    reviewers = Group.objects.create(name="Reviewers")
    reviewers.permissions.add(Permission.objects.get(codename="change_question"))

    picture = SiteImageFactory(title="Hand", tags=["hand", "craniosacral therapy"])
    rendition = picture.get_rendition("fill-320x200|format-webp")
    document = DocumentFactory()

    modalities = ModalityIndexPageFactory(parent=home)
    modality = ModalityPageFactory(
        parent=modalities, title="CranioSacral Therapy", slug="craniosacral", hero_image=picture
    )
    visceral = ModalityPageFactory(parent=modalities, title="Visceral Manipulation")
    modality.related_modalities.set([visceral])
    modality.save_revision(user=editor).publish()
    QuestionFactory(question="Do I undress?", modalities=[modality, visceral])
    QuestionFactory(question="How long is a session?")
    FAQPageFactory(parent=home)

    blog = BlogIndexPageFactory(parent=home)
    article = ArticlePageFactory(
        parent=blog, title="Resting well", author=AuthorFactory(name="Maya"), tags=["rest"]
    )
    article.title = "Resting well, revised"
    article.save_revision(user=editor)  # a draft over the published page
    draft = ArticlePageFactory(parent=blog, title="Not yet", live=False)
    draft.save_revision(user=editor)

    PracticeSettingsFactory(name="Stillpoint", phone="+1 212 555 0147")
    NavigationSettingsFactory(header_links=menu((modality, ""), (blog, "Writing")))

    contact = ContactPageFactory(parent=home)
    FormSubmission.objects.create(
        page=contact,
        form_data={"your_name": "Ada", "email": "ada@example.com", "your_message": "Hello"},
    )
    Redirect.objects.create(old_path="/old-craniosacral", redirect_page=modality)
    Redirect.objects.create(old_path="/book", redirect_link="https://stillpoint.example/book")
    return PracticeSite(
        modality=modality,
        article=article,
        draft=draft,
        contact=contact,
        editor=editor,
        picture=picture,
        rendition=rendition,
        document=document,
    )
