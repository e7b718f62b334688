"""Every table, imported in one place so `Base.metadata` is complete (Alembic reads it)."""

from app.accounts.models import RefreshToken, User
from app.db import Base
from app.forum.models import Category, Post, PostRevision, Reaction, Thread
from app.idempotency import IdempotencyKey

__all__ = [
    "Base",
    "Category",
    "IdempotencyKey",
    "Post",
    "PostRevision",
    "Reaction",
    "RefreshToken",
    "Thread",
    "User",
]
