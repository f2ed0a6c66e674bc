"""Webhooks are administrators' business: they say where content changes are sent."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy


class AdministratorsOnly(BasePermissionPolicy):
    """Active superusers may do ``actions`` (all of them by default); nobody else anything."""

    def __init__(self, model, actions: tuple[str, ...] | None = None):
        super().__init__(model)
        self.actions = actions

    def user_has_permission(self, user, action):
        allowed = self.actions is None or action in self.actions
        return allowed and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if self.actions is not None and not set(actions) & set(self.actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
