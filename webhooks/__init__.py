"""Publish webhooks: signed events to subscribed endpoints when content changes."""
