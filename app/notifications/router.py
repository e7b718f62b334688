"""GET /notifications, GET /notifications/unread-count, POST /notifications/read."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["notifications"])
