"""Steps the browser tests share."""

import re

from PIL import Image
from playwright.sync_api import expect

LONG = 30_000


def start_image_upload(tab, base_url, folder, name, colour):
    """Upload a drawn picture in the admin; returns its row, waiting for title and alt text."""
    picture = folder / f"{name}.png"
    Image.new("RGB", (1200, 800), colour).save(picture)
    tab.goto(base_url + "/admin/images/multiple/add/")
    tab.locator("input[type=file]").set_input_files(picture)
    item = tab.locator("#upload-list > li").first
    expect(item).to_have_class(re.compile(r"\bupload-complete\b"), timeout=LONG)
    return item
