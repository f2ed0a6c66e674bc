"""Readers of old sites: WordPress exports, folders of HTML pages, plain text."""
