"""Backups: one archive with the database, every media file and a manifest of checksums."""
