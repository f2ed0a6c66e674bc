"""The headless API: Wagtail API v2 endpoints, the OpenAPI document, headless preview."""
