"""The headless API's router: Wagtail API v2 endpoints for pages, images, documents, redirects."""

from wagtail.api.v2.router import WagtailAPIRouter

from api.views import DocumentsEndpoint, ImagesEndpoint, PagesEndpoint, RedirectsEndpoint

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
api_router.register_endpoint("redirects", RedirectsEndpoint)
