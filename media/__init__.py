"""Stillpoint's image model: required alt text, caption, credit and tags, with its renditions."""
