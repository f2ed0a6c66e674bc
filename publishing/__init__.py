"""Scheduled publishing: the worker that publishes on time, and the dashboard's word on it."""
