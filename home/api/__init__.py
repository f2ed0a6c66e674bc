"""The headless API: how pages, images and practice details read as JSON."""
