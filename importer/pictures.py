"""The old site's pictures in our image library: found, copied from --media, or fetched.

Each attachment comes in once (``ImportedImage`` remembers it), through the admin's own upload
checks, with its alt text, title, caption and credit, tagged like the post that shows it.
"""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from home.addresses import AddressRefused, check_url
from importer.lookups import Library
from importer.models import ImportedImage
from importer.reading.wxr import SIZE_SUFFIX, Attachments, picture_path
from importer.spill import Shelf
from media.fields import PictureUploadField
from media.models import SiteImage

FETCH_TIMEOUT_SECONDS = 15


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect could lead to an address the check above would refuse: it is not followed."""

    def redirect_request(self, *args, **kwargs):
        return None


NO_REDIRECTS = urllib.request.build_opener(NoRedirects)
UPLOADS = "wp-content/uploads/"


def file_name(url: str) -> str:
    return PurePosixPath(unquote(urlsplit(url).path)).name


class MediaFolder:
    """A copy of the old site's uploads: files found by their path under uploads, or by name."""

    def __init__(self, root: Path):
        self.root = root
        self.by_name: dict[str, Path] = {}
        for folder, _dirs, files in os.walk(root):
            for name in files:
                self.by_name.setdefault(name.lower(), Path(folder) / name)

    def find(self, url: str) -> Path | None:
        path = unquote(urlsplit(url).path)
        if UPLOADS in path:
            candidate = self.root / path.split(UPLOADS, 1)[1]
            if candidate.is_file() and candidate.resolve().is_relative_to(self.root.resolve()):
                return candidate
        name = file_name(url).lower()
        # The original rather than a resized copy ("-300x200") when the folder has both.
        return self.by_name.get(SIZE_SUFFIX.sub("", name)) or self.by_name.get(name)


class Pictures:
    """Finds or brings in the picture an imported body refers to."""

    def __init__(self, site: str, attachments: Attachments | None, media: Path | None, fetch: bool):
        self.site = site
        self.attachments = attachments or Attachments()
        self.media = MediaFolder(media) if media else None
        self.fetch = fetch
        self.library = Library()
        self.limit = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        self.created = Shelf()  # str(pk) → the file's name, deleted if the run is rolled back
        self.reused = Shelf()  # str(pk) of the pictures an earlier run brought in → True
        # address → why it could not be brought in; each address listed once in the report.
        self.missing = Shelf()

    def describe(self, reference: dict) -> dict:
        """What the library should know of the picture: the export's attachment, then the body's."""
        attachment = self.attachments.find(reference)
        if attachment is None:
            return reference
        self.attachments.used[attachment["id"]] = True
        described = {**reference, "id": attachment["id"]}
        for field in ("alt", "title", "caption", "credit", "src"):
            described[field] = attachment.get(field) or reference.get(field, "")
        return described

    def key(self, reference: dict) -> str:
        if reference.get("id"):
            return f"{self.site}#attachment-{reference['id']}"[:255]
        return f"{self.site}#{picture_path(reference.get('src', ''))}"[:255]

    def find(self, reference: dict, tags: list[str]) -> SiteImage | None:
        reference = self.describe(reference)
        src = reference.get("src", "")
        if src or reference.get("id"):
            record = ImportedImage.objects.filter(source_key=self.key(reference)).first()
            if record is not None:
                self.reused[str(record.image_id)] = True
                return record.image
            if image := self.bring_in(reference, tags):
                return image
        return self.library.find(reference)

    def bring_in(self, reference: dict, tags: list[str]) -> SiteImage | None:
        src = reference.get("src", "")
        if not src or (self.media is None and not self.fetch):
            if src and self.library.find(reference) is None:
                self.missing.setdefault(src, "no --media folder or --fetch given")
            return None
        try:
            data = self.read(src)
            upload = SimpleUploadedFile(file_name(src) or "picture.jpg", data)
            PictureUploadField(required=True).clean(upload)  # the admin's upload checks
        except (OSError, ValueError, ValidationError) as error:
            if self.library.find(reference) is None:
                self.missing.setdefault(src, reason(error))
            return None
        upload.seek(0)
        title = reference.get("title") or PurePosixPath(upload.name).stem.replace("-", " ")
        image = SiteImage(
            title=title[:255],
            description=(reference.get("alt") or title)[:255],
            caption=reference.get("caption", "")[:255],
            credit=reference.get("credit", "")[:255],
            file=upload,
        )
        image.save()
        if tags:
            image.tags.add(*tags)
        ImportedImage.objects.create(source_key=self.key(reference), image=image)
        self.created[str(image.pk)] = image.file.name
        return image

    def read(self, src: str) -> bytes:
        if self.media is not None and (path := self.media.find(src)) is not None:
            if path.stat().st_size > self.limit:
                raise ValueError(f"larger than {self.limit // (1024 * 1024)} MB")
            return path.read_bytes()
        if not self.fetch:
            raise OSError("not in the --media folder")
        try:  # public addresses only, unless IMPORT_FETCH_ALLOW_PRIVATE allows some
            check_url(src, setting="IMPORT_FETCH_ALLOW_PRIVATE", use="fetched pictures")
        except AddressRefused as refusal:
            raise ValueError(str(refusal)) from refusal
        request = urllib.request.Request(src, headers={"User-Agent": "Stillpoint importer"})
        with NO_REDIRECTS.open(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            data = response.read(self.limit + 1)
        if len(data) > self.limit:
            raise ValueError(f"larger than {self.limit // (1024 * 1024)} MB")
        return data

    def forget_files(self) -> None:
        """Delete the files of pictures made by a run that is then rolled back."""
        storage = SiteImage._meta.get_field("file").storage
        for _pk, name in self.created.items():
            storage.delete(name)


def reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(getattr(error, "reason", "") or error) or type(error).__name__
