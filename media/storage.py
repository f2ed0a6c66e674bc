"""Media on S3-compatible object storage: renditions public, everything else private.

A rendition (under ``images/``) is made only for a page that shows it, and is public with a
plain, cacheable address. Originals and documents stay private in the bucket: an original is
shown only by a signed address that expires, and documents are streamed by Wagtail's document
view, which checks their collection's privacy. The bucket itself grants nothing to the public.
"""

from storages.backends.s3 import S3Storage
from storages.utils import clean_name

PUBLIC_PREFIXES = ("images/",)


def is_public(name: str) -> bool:
    return name.lstrip("/").startswith(PUBLIC_PREFIXES)


class MediaStorage(S3Storage):
    default_acl = "private"
    querystring_auth = True
    file_overwrite = False

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        parameters["ACL"] = "public-read" if is_public(name) else "private"
        if is_public(name):
            # A rendition's name is unique to its picture, filter and focal point: it never
            # changes, so browsers and caches may keep it for a year.
            parameters.setdefault("CacheControl", "public, max-age=31536000, immutable")
        return parameters

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not is_public(name) or self.custom_domain or parameters:
            return super().url(name, parameters, expire, http_method)
        # A plain address: a signed one would expire inside pages that caches keep.
        key = self._normalize_name(clean_name(name))
        return self.unsigned_connection.meta.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket.name, "Key": key}
        )
