"""Media on S3-compatible object storage, against an S3 server on loopback (moto's)."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import boto3
import pytest
from django.conf import settings
from django.test import override_settings

from tests.home.factories import make_site
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db

CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def bucket(s3_server):
    name = f"stillpoint-{uuid.uuid4().hex[:8]}"
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=name)
    storage = {
        "BACKEND": "media.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": name,
            "endpoint_url": s3_server,
            "region_name": "us-east-1",
            "access_key": CREDENTIALS["aws_access_key_id"],
            "secret_key": CREDENTIALS["aws_secret_access_key"],
        },
    }
    with override_settings(STORAGES={**settings.STORAGES, "default": storage}):
        yield client, name


def keys(client, bucket_name) -> set[str]:
    listed = client.list_objects_v2(Bucket=bucket_name).get("Contents", [])
    return {item["Key"] for item in listed}


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_upload_render_and_delete_a_picture_on_object_storage(
    client, bucket, django_capture_on_commit_callbacks
):
    s3, name = bucket
    picture = SiteImageFactory()
    original = picture.file.name
    assert original in keys(s3, name)

    # The original is private: its plain address is refused, its signed one works.
    plain = f"{s3.meta.endpoint_url}/{name}/{original}"
    assert status(plain) == 403
    assert status(picture.file.url) == 200

    make_site(hero_image=picture)
    html = client.get("/").content.decode()
    renditions = list(picture.renditions.all())
    assert renditions
    for rendition in renditions:
        assert rendition.file.name in keys(s3, name)
        # A rendition's address is plain (no signature that would expire in a cached page).
        assert "Signature" not in rendition.url and rendition.url in html
        assert status(rendition.url) == 200

    with django_capture_on_commit_callbacks(execute=True):
        picture.delete()
    assert not keys(s3, name)
