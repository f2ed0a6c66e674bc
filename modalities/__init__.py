"""Modality pages, reusable FAQ questions and the FAQ page."""
