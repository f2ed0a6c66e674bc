"""Admin wiring of webhooks: endpoints and their deliveries under Settings."""

from wagtail import hooks

from webhooks.views import DeliveryViewSet, EndpointViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [EndpointViewSet("webhooks"), DeliveryViewSet()]
