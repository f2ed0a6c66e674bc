"""Site search: every live page, by title, intro, body text and tags."""
