"""Writes a large made-up WordPress export, for measuring how the importer scales.

    python scripts/wxr_export.py 5000 var/big-export.xml   # 5,000 posts, 10,000 picture uses

Each post has a few paragraphs, a heading, a list, a code block and two pictures (attachments of
its own, listed in the export, whose files are not there: they are reported as missing). Written
as it goes, so the generator holds one post at a time too.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>A large practice</title>
<link>https://large.example</link>
<wp:base_site_url>https://large.example</wp:base_site_url>
<wp:base_blog_url>https://large.example</wp:base_blog_url>
"""
TEXT = (
    "breath settles slowly under warm hands while the room stays quiet and the body "
    "remembers how to rest between one heartbeat and the next"
)
WORDS = tuple(TEXT.split())
PICTURES_PER_POST = 2


def sentence(number: int, length: int = 24) -> str:
    words = [WORDS[(number * 7 + index) % len(WORDS)] for index in range(length)]
    return " ".join(words).capitalize() + "."


def attachment(post_id: int, number: int) -> str:
    picture_id = post_id * 10 + number
    url = f"https://large.example/wp-content/uploads/2020/01/picture-{picture_id}.jpg"
    return f"""<item><title>Picture {picture_id}</title><wp:post_id>{picture_id}</wp:post_id>
<wp:post_parent>{post_id}</wp:post_parent><wp:status>inherit</wp:status>
<wp:post_type>attachment</wp:post_type><wp:attachment_url>{url}</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>
<wp:meta_value>Picture {picture_id} of the practice room</wp:meta_value></wp:postmeta></item>
"""


def post(post_id: int) -> str:
    pictures = "".join(
        f'<figure><img class="wp-image-{post_id * 10 + number}" '
        f'src="https://large.example/wp-content/uploads/2020/01/picture-{post_id * 10 + number}.jpg"'
        f' alt="" /><figcaption>Caption {number}</figcaption></figure>\n'
        for number in range(PICTURES_PER_POST)
    )
    body = "\n".join(
        [
            f"<p>{sentence(post_id)} {sentence(post_id + 1)}</p>",
            f"<h2>Part {post_id}</h2>",
            f"<p>{sentence(post_id + 2)} <em>{sentence(post_id + 3, 6)}</em></p>",
            "<ul><li>One</li><li>Two</li><li>Three</li></ul>",
            pictures,
            f"<pre><code>count = {post_id}</code></pre>",
            f"<p>{sentence(post_id + 4, 40)}</p>",
        ]
    )
    return f"""<item><title>Note {post_id}</title>
<link>https://large.example/2020/01/note-{post_id}/</link>
<dc:creator>writer</dc:creator><guid isPermaLink="false">https://large.example/?p={post_id}</guid>
<content:encoded><![CDATA[{body}]]></content:encoded>
<excerpt:encoded><![CDATA[Note number {post_id}.]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>2020-01-01 09:00:00</wp:post_date>
<wp:post_name>note-{post_id}</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
<category domain="post_tag" nicename="notes"><![CDATA[notes]]></category></item>
"""


def write(posts: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        for post_id in range(1, posts + 1):
            for number in range(PICTURES_PER_POST):
                out.write(attachment(post_id, number))
            out.write(post(post_id))
        out.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    write(int(sys.argv[1]), Path(sys.argv[2]))
