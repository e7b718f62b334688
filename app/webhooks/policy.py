"""Who may manage webhooks: pure functions of values."""

from __future__ import annotations

from app.accounts.models import Scope, User


def can_manage_webhooks(user: User) -> bool:
    """Register, list and delete webhooks, read and redeliver their deliveries: an
    administrator, and with a personal access token only one with the `admin` scope (a
    webhook receives every hidden post and report it subscribes to)."""
    return user.is_admin and user.has_scope(Scope.admin)
